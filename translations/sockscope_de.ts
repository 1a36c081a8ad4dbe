<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Sockscope::AboutDialog</name>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="29"/>
        <source>About Sockscope</source>
        <translation>Über Sockscope</translation>
    </message>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="34"/>
        <source>Libraries:</source>
        <translation>Bibliotheken:</translation>
    </message>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="44"/>
        <source>&lt;h2&gt;Sockscope %1&lt;/h2&gt;&lt;p&gt;A desktop WebSocket inspector: every byte of every handshake and frame.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © the Sockscope authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later); it comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sockscope %1&lt;/h2&gt;&lt;p&gt;Ein Desktop-Inspektor für WebSocket: jedes Byte jedes Handshakes und jedes Frames.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © die Sockscope-Autoren. Lizenziert unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later); ohne jede Gewährleistung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="65"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="65"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>Sockscope::AppShell</name>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="26"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="28"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="33"/>
        <source>Rows dropped from the log by the retention limit (Settings); the recording keeps them</source>
        <translation>Zeilen, die die Aufbewahrungsgrenze (Einstellungen) aus dem Frame-Log entfernt hat; die Aufzeichnung behält sie</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="41"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="43"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="46"/>
        <source>&amp;About Sockscope</source>
        <translation>&amp;Über Sockscope</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="47"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="86"/>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="91"/>
        <source>Dropped: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::Base64Decoder</name>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="73"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="120"/>
        <source>a close frame is not base64</source>
        <translation>ein Close-Frame ist kein Base64</translation>
    </message>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="123"/>
        <source>not base64: characters outside one base64 alphabet, or bad padding</source>
        <translation>kein Base64: Zeichen außerhalb eines Base64-Alphabets oder fehlerhaftes Padding</translation>
    </message>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="128"/>
        <source>URL-safe base64</source>
        <translation>URL-sicheres Base64</translation>
    </message>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="128"/>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="130"/>
        <source>%1, %2, shown as %3</source>
        <translation>%1, %2, angezeigt als %3</translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/capturecommands.cpp" line="29"/>
        <source>%1 takes %n file argument(s)</source>
        <translation>
            <numerusform>%1 erwartet %n Dateiargument</numerusform>
            <numerusform>%1 erwartet %n Dateiargumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="98"/>
        <source>Capture to show.</source>
        <translation>Anzuzeigender Mitschnitt.</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="99"/>
        <source>Print one JSON object per event.</source>
        <translation>Ein JSON-Objekt pro Ereignis ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="54"/>
        <source>Hide the values of Authorization, Proxy-Authorization, Cookie and Set-Cookie headers in what is written.</source>
        <translation>Die Werte der Header Authorization, Proxy-Authorization, Cookie und Set-Cookie in der Ausgabe verbergen.</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="57"/>
        <source>Hide this header&apos;s values too (repeatable; implies --redact).</source>
        <translation>Auch die Werte dieses Headers verbergen (wiederholbar; impliziert --redact).</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="60"/>
        <source>Hide what this regular expression matches in data frames (repeatable; implies --redact).</source>
        <translation>Verbergen, was dieser reguläre Ausdruck in Daten-Frames findet (wiederholbar; impliziert --redact).</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="64"/>
        <source>Write [redacted] instead of one * per hidden byte.</source>
        <translation>[redacted] statt eines * pro verborgenem Byte schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="80"/>
        <source>invalid --redact-regex &apos;%1&apos;: %2</source>
        <translation>ungültiger --redact-regex „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="97"/>
        <source>Print the frames and events of a capture (.wscap, .har, .jsonl, .pcap or .pcapng).</source>
        <translation>Die Frames und Ereignisse eines Mitschnitts ausgeben (.wscap, .har, .jsonl, .pcap oder .pcapng).</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="136"/>
        <source>Convert a capture between .wscap, .har and .jsonl (by extension); .pcap and .pcapng are read (WebSocket connections found in the TCP traffic), .pcapng is written.</source>
        <translation>Einen Mitschnitt zwischen .wscap, .har und .jsonl umwandeln (nach Dateiendung); .pcap und .pcapng werden gelesen (die im TCP-Verkehr gefundenen WebSocket-Verbindungen), .pcapng wird geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="138"/>
        <source>Capture to read.</source>
        <translation>Zu lesender Mitschnitt.</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="139"/>
        <source>File to write.</source>
        <translation>Zu schreibende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="155"/>
        <source>input and output are the same file: %1</source>
        <translation>Eingabe und Ausgabe sind dieselbe Datei: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureFiles</name>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="50"/>
        <source>%1: unknown capture format &quot;%2&quot;; use .wscap, .har, .jsonl, .pcap or .pcapng</source>
        <translation>%1: unbekanntes Mitschnittformat „%2“; verwenden Sie .wscap, .har, .jsonl, .pcap oder .pcapng</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="57"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="111"/>
        <source>%1: export writes pcapng only; name the file .pcapng</source>
        <translation>%1: der Export schreibt nur pcapng; geben Sie der Datei die Endung .pcapng</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="129"/>
        <source>export of %1 cancelled</source>
        <translation>Export von %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureReader</name>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="28"/>
        <source>cannot read capture %1: %2</source>
        <translation>Mitschnitt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/capture/capturereader.cpp" line="54"/>
        <source>capture %1 is damaged: %n row(s) could not be read (first: %2); every intact row was recovered</source>
        <translation>
            <numerusform>Mitschnitt %1 ist beschädigt: %n Datensatz konnte nicht gelesen werden (erster: %2); jeder intakte Datensatz wurde wiederhergestellt</numerusform>
            <numerusform>Mitschnitt %1 ist beschädigt: %n Datensätze konnten nicht gelesen werden (erster: %2); jeder intakte Datensatz wurde wiederhergestellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureWriter</name>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="56"/>
        <source>the folder %1 cannot be written to: %2</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="91"/>
        <source>cannot create capture %1: %2</source>
        <translation>Mitschnitt %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="158"/>
        <source>cannot prepare capture statements: %1</source>
        <translation>SQL-Anweisungen für den Mitschnitt können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="328"/>
        <source>recording stopped: the capture %1 was removed or replaced</source>
        <translation>Aufzeichnung beendet: Der Mitschnitt %1 wurde entfernt oder ersetzt</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="523"/>
        <source>recording stopped: cannot write to %1: %2</source>
        <translation>Aufzeichnung beendet: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="532"/>
        <source>recording stopped: capture %1: %2</source>
        <translation>Aufzeichnung beendet: Mitschnitt %1: %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::CborDecoder</name>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="75"/>
        <source>an empty message holds no CBOR item</source>
        <translation>eine leere Nachricht enthält kein CBOR-Element</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="84"/>
        <source>%1 after the CBOR item</source>
        <translation>%1 nach dem CBOR-Element</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="99"/>
        <source>cut short at byte %1</source>
        <translation>abgeschnitten bei Byte %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="100"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="142"/>
        <location filename="../app/core/decode/cbordecoder.cpp" line="172"/>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="147"/>
        <source>a map of %1 entries</source>
        <translation>eine Map mit %1 Einträgen</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="148"/>
        <source>an array of %1 items</source>
        <translation>ein Array mit %1 Elementen</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="149"/>
        <source>%1 is cut short at byte %2</source>
        <translation>%1 ist bei Byte %2 abgeschnitten</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="210"/>
        <source>a string of %1 is cut short at byte %2</source>
        <translation>ein String mit %1 ist bei Byte %2 abgeschnitten</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="240"/>
        <source>CBOR</source>
        <translation>CBOR</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="258"/>
        <source>a close frame is not CBOR</source>
        <translation>ein Close-Frame ist kein CBOR</translation>
    </message>
</context>
<context>
    <name>Sockscope::ClientFlags</name>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="18"/>
        <source>--proxy takes http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;</source>
        <translation>--proxy erwartet http://HOST:PORT oder socks5://HOST:PORT, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="22"/>
        <source>--proxy needs a host and a port: &quot;%1&quot;</source>
        <translation>--proxy braucht einen Host und einen Port: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="31"/>
        <source>Do not verify the server&apos;s TLS certificate.</source>
        <translation>Das TLS-Zertifikat des Servers nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="32"/>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="33"/>
        <source>Client certificate (PEM).</source>
        <translation>Client-Zertifikat (PEM).</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="34"/>
        <source>Client certificate key (PEM).</source>
        <translation>Schlüssel des Client-Zertifikats (PEM).</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="35"/>
        <source>HTTP CONNECT or SOCKS5 proxy: http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>HTTP-CONNECT- oder SOCKS5-Proxy: http://HOST:PORT oder socks5://HOST:PORT.</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="37"/>
        <source>Connect timeout in seconds (default 10).</source>
        <translation>Timeout für den Verbindungsaufbau in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="39"/>
        <source>Largest message accepted, in bytes (default 256 MiB).</source>
        <translation>Größte angenommene Nachricht in Bytes (Standard 256 MiB).</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="54"/>
        <source>--%1 takes a number of seconds, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Anzahl Sekunden, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="81"/>
        <source>--max-message takes a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-message erwartet eine Anzahl Bytes, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseCode</name>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="12"/>
        <source>Normal Closure</source>
        <translation>Normales Schließen</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="14"/>
        <source>Going Away</source>
        <translation>Endpunkt wird beendet</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="16"/>
        <source>Protocol Error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="18"/>
        <source>Unsupported Data</source>
        <translation>Nicht unterstützte Daten</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="20"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="22"/>
        <source>No Status Received</source>
        <translation>Kein Status empfangen</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="24"/>
        <source>Abnormal Closure</source>
        <translation>Abnormales Schließen</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="26"/>
        <source>Invalid Frame Payload Data</source>
        <translation>Ungültige Payload-Daten</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="28"/>
        <source>Policy Violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="30"/>
        <source>Message Too Big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="32"/>
        <source>Mandatory Extension</source>
        <translation>Erforderliche Erweiterung</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="34"/>
        <source>Internal Error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="36"/>
        <source>Service Restart</source>
        <translation>Dienstneustart</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="38"/>
        <source>Try Again Later</source>
        <translation>Später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="40"/>
        <source>Bad Gateway</source>
        <translation>Bad Gateway</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="42"/>
        <source>TLS Handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="47"/>
        <location filename="../app/core/protocol/closecode.cpp" line="54"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="49"/>
        <source>Reserved for the protocol</source>
        <translation>Für das Protokoll reserviert</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="51"/>
        <source>Registered (libraries and frameworks)</source>
        <translation>Registriert (Bibliotheken und Frameworks)</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="53"/>
        <source>Private use</source>
        <translation>Private Nutzung</translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseCodes</name>
    <message>
        <location filename="../ui/composer/closecodes.cpp" line="37"/>
        <source>%1 (%2) is reserved and must never be sent in a Close frame. Use the raw frame builder to send it anyway.</source>
        <translation>%1 (%2) ist reserviert und darf nie in einem Close-Frame gesendet werden. Mit dem Roh-Frame-Editor lässt er sich trotzdem senden.</translation>
    </message>
    <message>
        <location filename="../ui/composer/closecodes.cpp" line="40"/>
        <source>%1 is not a close code a peer may send: use 1000–1003, 1007–1014 or 3000–4999. Use the raw frame builder to send it anyway.</source>
        <translation>%1 ist kein Close-Code, den eine Gegenstelle senden darf: verwenden Sie 1000–1003, 1007–1014 oder 3000–4999. Mit dem Roh-Frame-Editor lässt er sich trotzdem senden.</translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseDecoder</name>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="23"/>
        <source>no status code</source>
        <translation>kein Statuscode</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="29"/>
        <source>Close code and reason</source>
        <translation>Close-Code und Grund</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="40"/>
        <source>a close payload of 1 byte cannot hold a 2-byte code</source>
        <translation>eine Close-Payload von 1 Byte kann keinen 2-Byte-Code enthalten</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="45"/>
        <source>No status code (the receiver reports 1005)</source>
        <translation>Kein Statuscode (der Empfänger meldet 1005)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="48"/>
        <source>Code: %1 (%2)</source>
        <translation>Code: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="50"/>
        <source>This code must not be sent in a close frame (RFC 6455 §7.4).</source>
        <translation>Dieser Code darf nicht in einem Close-Frame gesendet werden (RFC 6455 §7.4).</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="51"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="55"/>
        <source>The reason is not valid UTF-8 (a receiver closes with 1007).</source>
        <translation>Der Grund ist kein gültiges UTF-8 (ein Empfänger schließt mit 1007).</translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseEditor</name>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="32"/>
        <source>1000–1003, 1007–1014 or 3000–4999</source>
        <translation>1000–1003, 1007–1014 oder 3000–4999</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="37"/>
        <source>Optional reason</source>
        <translation>Optionaler Grund</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="42"/>
        <source>Send &amp;Close</source>
        <translation>Close s&amp;enden</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="49"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="51"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="72"/>
        <source>Start the closing handshake with this code and reason</source>
        <translation>Den Close-Handshake mit diesem Code und Grund beginnen</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="81"/>
        <source>Enter a close code, a number such as 1000 or 4000.</source>
        <translation>Geben Sie einen Close-Code ein, eine Zahl wie 1000 oder 4000.</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="90"/>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="92"/>
        <source>The reason is %1 bytes of UTF-8; a Close frame allows at most %2.</source>
        <translation>Der Grund umfasst %1 Bytes UTF-8; ein Close-Frame erlaubt höchstens %2.</translation>
    </message>
</context>
<context>
    <name>Sockscope::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="49"/>
        <source>%1 (give the CA with --ca-file, or --insecure to skip)</source>
        <translation>%1 (CA mit --ca-file angeben oder mit --insecure die Prüfung überspringen)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="92"/>
        <source>&apos;%1&apos; is neither a subcommand (%2) nor a capture file</source>
        <translation>„%1“ ist weder ein Unterbefehl (%2) noch eine Mitschnittdatei</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="95"/>
        <source>cannot open &apos;%1&apos;: no such file</source>
        <translation>„%1“ kann nicht geöffnet werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="120"/>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>Sockscope::Composer</name>
    <message>
        <location filename="../ui/composer/composer.cpp" line="56"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="58"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="60"/>
        <source>Binary (hex)</source>
        <translation>Binär (Hex)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="62"/>
        <source>Binary (file)</source>
        <translation>Binär (Datei)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="79"/>
        <source>Send &amp;to:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="84"/>
        <location filename="../ui/composer/composer.cpp" line="328"/>
        <source>All peers</source>
        <translation>Alle Peers</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="93"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="94"/>
        <source>P&amp;ing</source>
        <translation>P&amp;ing</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="95"/>
        <source>C&amp;lose</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="101"/>
        <source>&amp;Raw frame</source>
        <translation>&amp;Roh-Frame</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="153"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="155"/>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="157"/>
        <source>Check the JSON and pretty-print it</source>
        <translation>JSON prüfen und lesbar formatieren</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="179"/>
        <source>File whose bytes are sent as one binary message</source>
        <translation>Datei, deren Bytes als eine binäre Nachricht gesendet werden</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="180"/>
        <source>&amp;Browse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="203"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="204"/>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="205"/>
        <source>Split the message into frames of this many bytes (0 sends one frame)</source>
        <translation>Die Nachricht in Frames dieser Größe in Bytes aufteilen (0 sendet einen einzigen Frame)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="206"/>
        <source>Fr&amp;agment into frames of</source>
        <translation>Fra&amp;gmentieren in Frames zu je</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="221"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="222"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="228"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="230"/>
        <source>&amp;every</source>
        <translation>all&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="246"/>
        <source>Sto&amp;p</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="248"/>
        <source>Stop repeating</source>
        <translation>Wiederholung stoppen</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="249"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="288"/>
        <source>Snippet name</source>
        <translation>Name des Snippets</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="289"/>
        <source>Sa&amp;ve</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="291"/>
        <source>Save the current message under this name, replacing a snippet of the same name</source>
        <translation>Die aktuelle Nachricht unter diesem Namen speichern; ein Snippet gleichen Namens wird ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="293"/>
        <source>L&amp;oad</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="295"/>
        <source>&amp;Delete</source>
        <translation>L&amp;öschen</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="302"/>
        <source>Snippets</source>
        <translation>Snippets</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="357"/>
        <source>Stopped after %1 of %2</source>
        <translation>Gestoppt nach %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="393"/>
        <source>Invalid JSON at offset %1 (line %2, column %3): %4</source>
        <translation>Ungültiges JSON an Offset %1 (Zeile %2, Spalte %3): %4</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="413"/>
        <source>Choose a file to send.</source>
        <translation>Wählen Sie eine Datei zum Senden.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="421"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="437"/>
        <source>Message text, sent as UTF-8</source>
        <translation>Nachrichtentext, gesendet als UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="440"/>
        <source>{&quot;type&quot;: &quot;subscribe&quot;, &quot;channel&quot;: &quot;ticker&quot;}</source>
        <translation>{&quot;type&quot;: &quot;subscribe&quot;, &quot;channel&quot;: &quot;ticker&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="443"/>
        <source>Hex bytes such as 81 85 37fa or 0x81, 0x85</source>
        <translation>Hex-Bytes wie 81 85 37fa oder 0x81, 0x85</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="504"/>
        <source>The JSON nests deeper than %1 levels; it is sent as typed</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt; es wird so gesendet, wie es eingegeben wurde</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="515"/>
        <source>Send File</source>
        <translation>Datei senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="528"/>
        <source>No such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="530"/>
        <source>A folder, not a file</source>
        <translation>Ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="570"/>
        <source>Sent %1 of %2</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="577"/>
        <source>Nothing to send to: there is no open connection.</source>
        <translation>Kein Empfänger: Es gibt keine offene Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="582"/>
        <source>A repeat is running; stop it first.</source>
        <translation>Eine Wiederholung läuft; stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="584"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Die Nachricht senden (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectCommand</name>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="84"/>
        <source>Open a WebSocket client connection and print every frame.</source>
        <translation>Eine WebSocket-Client-Verbindung öffnen und jeden Frame ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="85"/>
        <source>ws:// or wss:// URL</source>
        <translation>ws://- oder wss://-URL</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="28"/>
        <source>Extra request header (repeatable).</source>
        <translation>Zusätzlicher Anfrage-Header (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="31"/>
        <source>Offer a subprotocol (repeatable).</source>
        <translation>Ein Subprotokoll anbieten (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="32"/>
        <source>Origin header.</source>
        <translation>Origin-Header.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="34"/>
        <source>Offer permessage-deflate.</source>
        <translation>permessage-deflate anbieten.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="36"/>
        <source>Send a ping every S seconds; one unanswered by the next closes the connection (1006, half-open).</source>
        <translation>Alle S Sekunden einen Ping senden; bleibt einer bis zum nächsten unbeantwortet, wird die Verbindung geschlossen (1006, halb offen).</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="40"/>
        <source>Send this text message (repeatable; on each connection), before standard input.</source>
        <translation>Diese Textnachricht senden (wiederholbar; auf jeder Verbindung), vor der Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="46"/>
        <source>With --echo: open N connections at once, each echoing (a load test; default 1).</source>
        <translation>Mit --echo: N Verbindungen gleichzeitig öffnen, jede als Echo (ein Lasttest; Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="50"/>
        <source>Close after N data messages received (on each connection).</source>
        <translation>Nach N empfangenen Datennachrichten schließen (auf jeder Verbindung).</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="150"/>
        <source>--connections needs --echo: standard input goes to one connection</source>
        <translation>--connections braucht --echo: Die Standardeingabe geht an eine Verbindung</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="44"/>
        <source>Send every received data message back until the server closes.</source>
        <translation>Jede empfangene Datennachricht zurücksenden, bis der Server schließt.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="53"/>
        <source>Seconds to wait for replies after the input ends (default 1).</source>
        <translation>Sekunden, die nach dem Ende der Eingabe auf Antworten gewartet wird (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="56"/>
        <source>Do not read messages from standard input.</source>
        <translation>Keine Nachrichten von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="57"/>
        <source>Print only errors, not every event.</source>
        <translation>Nur Fehler ausgeben, nicht jedes Ereignis.</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="74"/>
        <source>--%1 takes a positive number, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine positive Zahl, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="96"/>
        <source>connect needs a URL</source>
        <translation>connect braucht eine URL</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="97"/>
        <source>connect takes one URL, got %1</source>
        <translation>connect erwartet eine URL, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="122"/>
        <source>--header needs NAME:VALUE, got &quot;%1&quot;</source>
        <translation>--header braucht NAME:WERT, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="110"/>
        <source>warning: TLS certificate verification is off (--insecure)</source>
        <translation>Warnung: Die Prüfung des TLS-Zertifikats ist abgeschaltet (--insecure)</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionActions</name>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="15"/>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="17"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="18"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="20"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="21"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="23"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="24"/>
        <source>&amp;Close with Code…</source>
        <translation>Mit Code &amp;schließen…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="65"/>
        <source>Connection Toolbar</source>
        <translation>Verbindungs-Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionTreeModel</name>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="257"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="259"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="261"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="263"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="265"/>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="267"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="137"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="50"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="139"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="141"/>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="143"/>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="145"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="229"/>
        <source>subprotocol %1</source>
        <translation>Subprotokoll %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="261"/>
        <source>closed %1</source>
        <translation>geschlossen %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="269"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="279"/>
        <source>closed with %1 %2</source>
        <translation>geschlossen mit %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="281"/>
        <source>ended with the recording (no close was recorded)</source>
        <translation>endete mit der Aufzeichnung (kein Schließen aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="282"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="284"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="288"/>
        <source>Subprotocol: %1</source>
        <translation>Subprotokoll: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="289"/>
        <source>Frames: %1 in, %2 out; %3 on the wire</source>
        <translation>Frames: %1 ein, %2 aus; %3 auf der Leitung</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="295"/>
        <source>Timings: DNS %1 µs, TCP %2 µs, TLS %3 µs, upgrade %4 µs</source>
        <translation>Zeiten: DNS %1 µs, TCP %2 µs, TLS %3 µs, Upgrade %4 µs</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="301"/>
        <source>Duration: %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="303"/>
        <source>Recorded: read from the opened capture</source>
        <translation>Aufgezeichnet: aus dem geöffneten Mitschnitt gelesen</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionsView</name>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="36"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="36"/>
        <source>closed 1000</source>
        <translation>geschlossen 1000</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="76"/>
        <source>Stop server</source>
        <translation>Server stoppen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="83"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="83"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="84"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="87"/>
        <location filename="../ui/connections/connectionsview.cpp" line="102"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="88"/>
        <location filename="../ui/connections/connectionsview.cpp" line="102"/>
        <source>Close with code…</source>
        <translation>Mit Code schließen…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="95"/>
        <source>Connect again (new live connection)</source>
        <translation>Erneut verbinden (neue Live-Verbindung)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="97"/>
        <source>Opens a new live connection with the recorded URL</source>
        <translation>Öffnet eine neue Live-Verbindung mit der aufgezeichneten URL</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="101"/>
        <source>This connection was read from the opened capture; it is not live</source>
        <translation>Diese Verbindung wurde aus dem geöffneten Mitschnitt gelesen; sie ist nicht live</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="112"/>
        <source>Replay…</source>
        <translation>Replay…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="113"/>
        <source>Sends this connection&apos;s recorded client messages to a server again and compares its answers with the recorded ones</source>
        <translation>Sendet die aufgezeichneten Client-Nachrichten dieser Verbindung erneut an einen Server und vergleicht seine Antworten mit den aufgezeichneten</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="115"/>
        <source>Serve as mock server…</source>
        <translation>Als Mock-Server bereitstellen…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="116"/>
        <source>Starts a local server that answers each client with this connection&apos;s recorded server messages</source>
        <translation>Startet einen lokalen Server, der jedem Client mit den aufgezeichneten Server-Nachrichten dieser Verbindung antwortet</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConversationChoice</name>
    <message>
        <location filename="../ui/dialogs/conversationchoice.cpp" line="12"/>
        <source>server peer</source>
        <translation>Server-Peer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversationchoice.cpp" line="12"/>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversationchoice.cpp" line="13"/>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>Sockscope::DecoderPane</name>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="50"/>
        <source>Decode &amp;as:</source>
        <translation>De&amp;kodieren als:</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="78"/>
        <source>How to read what this side of the connection sends; remembered in the capture</source>
        <translation>Wie gelesen wird, was diese Seite der Verbindung sendet; wird im Mitschnitt gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="93"/>
        <source>&amp;Tree</source>
        <translation>&amp;Baum</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="94"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="108"/>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="111"/>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="123"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="128"/>
        <source>Protobuf with schema…</source>
        <translation>Protobuf mit Schema…</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="146"/>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="185"/>
        <source>%1 (automatic)</source>
        <translation>%1 (automatisch)</translation>
    </message>
</context>
<context>
    <name>Sockscope::DemoSession</name>
    <message>
        <location filename="../app/net/demosession.cpp" line="38"/>
        <source>Hello from Sockscope</source>
        <translation>Hallo von Sockscope</translation>
    </message>
    <message>
        <location filename="../app/net/demosession.cpp" line="42"/>
        <source>A longer message, sent in fragments of 16 bytes each.</source>
        <translation>Eine längere Nachricht, gesendet in Fragmenten zu je 16 Bytes.</translation>
    </message>
</context>
<context>
    <name>Sockscope::DiffReport</name>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="82"/>
        <source>same     #%1: %2</source>
        <translation>gleich   #%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="84"/>
        <source>changed  #%1: recorded &quot;%2&quot;, replayed &quot;%3&quot;</source>
        <translation>geändert #%1: aufgezeichnet „%2“, wiedergegeben „%3“</translation>
    </message>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="88"/>
        <source>missing  #%1: %2</source>
        <translation>fehlt    #%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="90"/>
        <source>extra    +%1: %2</source>
        <translation>extra    +%1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="97"/>
        <source>diff: %1 same, %2 changed, %3 missing, %4 extra</source>
        <translation>diff: %1 gleich, %2 geändert, %3 fehlen, %4 extra</translation>
    </message>
</context>
<context>
    <name>Sockscope::EventPrinter</name>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="34"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="36"/>
        <source> mask=unknown</source>
        <translation> mask=unknown</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="38"/>
        <source> (inflated %1 B)</source>
        <translation> (dekomprimiert %1 B)</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="40"/>
        <source> [edited]</source>
        <translation> [bearbeitet]</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="42"/>
        <source> [dropped]</source>
        <translation> [verworfen]</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="53"/>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="56"/>
        <source>connecting to %1 (proxy for #%2)</source>
        <translation>verbinde mit %1 (Proxy für #%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="57"/>
        <source>connecting to %1</source>
        <translation>verbinde mit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="59"/>
        <source>peer %1 connected</source>
        <translation>Peer %1 verbunden</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="68"/>
        <source>open (subprotocol: %1, extensions: %2, upgrade %3 µs)</source>
        <translation>offen (Subprotokoll: %1, Erweiterungen: %2, Upgrade %3 µs)</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="69"/>
        <location filename="../app/cli/eventprinter.cpp" line="70"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="74"/>
        <source>closed %1 (%2) &quot;%3&quot;: %4</source>
        <translation>geschlossen %1 (%2) „%3“: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="78"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="80"/>
        <source>protocol error, closing with %1: %2</source>
        <translation>Protokollfehler, schließe mit %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="82"/>
        <source>server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="84"/>
        <source>TLS %1; %2</source>
        <translation>TLS %1; %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="30"/>
        <source>Export Capture</source>
        <translation>Mitschnitt exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="41"/>
        <source>&amp;Hide secrets in the copy (redact)</source>
        <translation>Vertrauliches in der Kopie &amp;verbergen (schwärzen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="45"/>
        <source>Comma-separated header names whose values are hidden in the handshakes</source>
        <translation>Kommagetrennte Header-Namen, deren Werte in den Handshakes verborgen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="49"/>
        <source>One regular expression per line, e.g. &quot;token&quot;:&quot;[^&quot;]*&quot;</source>
        <translation>Ein regulärer Ausdruck pro Zeile, z. B. &quot;token&quot;:&quot;[^&quot;]*&quot;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="54"/>
        <source>One * per hidden byte (lengths stay true)</source>
        <translation>Ein * pro verborgenem Byte (Längen bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="55"/>
        <source>[redacted]</source>
        <translation>[redacted]</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="63"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="64"/>
        <source>&amp;Payload patterns:</source>
        <translation>&amp;Payload-Muster:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="65"/>
        <source>Hidden &amp;text:</source>
        <translation>Ersatz&amp;text:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="67"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="116"/>
        <source>Invalid pattern %1: %2</source>
        <translation>Ungültiges Muster %1: %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::FilePathEdit</name>
    <message>
        <location filename="../ui/dialogs/filepathedit.cpp" line="22"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>Sockscope::FilterBar</name>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="74"/>
        <location filename="../ui/framelog/filterbar.cpp" line="196"/>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="80"/>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="81"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="82"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="85"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="86"/>
        <source>Data frames</source>
        <translation>Daten-Frames</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="87"/>
        <source>Control frames</source>
        <translation>Steuer-Frames</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="88"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="89"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="92"/>
        <source>Any opcode</source>
        <translation>Alle Opcodes</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="107"/>
        <source>Filter by payload text</source>
        <translation>Nach Payload-Text filtern</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="112"/>
        <source>Find (Ctrl+F), F3 for next</source>
        <translation>Suchen (Ctrl+F), F3 für den nächsten Treffer</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="115"/>
        <source>Highlights matching rows and steps through them without hiding the others</source>
        <translation>Hebt passende Zeilen hervor und springt von Treffer zu Treffer, ohne die anderen Zeilen auszublenden</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="116"/>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="118"/>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="120"/>
        <source>Also search the decoded content: MessagePack and protobuf strings, JSON values, as the decoder pane shows them</source>
        <translation>Auch im dekodierten Inhalt suchen: Strings in MessagePack und Protobuf, JSON-Werte, so wie sie der Decoder-Bereich zeigt</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="125"/>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="126"/>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="127"/>
        <source>Minimum payload length</source>
        <translation>Minimale Payload-Länge</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="130"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="131"/>
        <source>Find previous (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="134"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="135"/>
        <source>Find next (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="205"/>
        <source>#%1 + #%2: both legs of the proxied pair</source>
        <translation>#%1 + #%2: beide Seiten der Proxy-Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="258"/>
        <source>Invalid regular expression: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameAnatomy</name>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="46"/>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="49"/>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="52"/>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="47"/>
        <source>FIN 1: the final fragment of a message</source>
        <translation>FIN 1: das letzte Fragment einer Nachricht</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="50"/>
        <source>FIN 0: a control frame must not be fragmented</source>
        <translation>FIN 0: ein Steuer-Frame darf nicht fragmentiert werden</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="53"/>
        <source>FIN 0: more fragments of this message follow</source>
        <translation>FIN 0: weitere Fragmente dieser Nachricht folgen</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="56"/>
        <source>RSV1</source>
        <translation>RSV1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="57"/>
        <source>RSV1 1: set; the message is compressed if permessage-deflate was negotiated, otherwise a protocol error</source>
        <translation>RSV1 1: gesetzt; die Nachricht ist komprimiert, wenn permessage-deflate ausgehandelt wurde, sonst ein Protokollfehler</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="59"/>
        <source>RSV1 0: not set</source>
        <translation>RSV1 0: nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="64"/>
        <source>RSV%1</source>
        <translation>RSV%1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="65"/>
        <source>RSV%1 1: set; a protocol error unless a negotiated extension defines it</source>
        <translation>RSV%1 1: gesetzt; ein Protokollfehler, sofern keine ausgehandelte Erweiterung das Bit definiert</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="67"/>
        <source>RSV%1 0: not set</source>
        <translation>RSV%1 0: nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="70"/>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="76"/>
        <source>MASK</source>
        <translation>MASK</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="77"/>
        <source>MASK 1: the payload is masked with the 4-byte key that follows (client to server)</source>
        <translation>MASK 1: die Payload ist mit dem folgenden 4-Byte-Schlüssel maskiert (Client an Server)</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="79"/>
        <source>MASK 0: the payload is not masked (server to client)</source>
        <translation>MASK 0: die Payload ist nicht maskiert (Server an Client)</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="83"/>
        <source>payload length %1 in the 7-bit length</source>
        <translation>Payload-Länge %1 in der 7-Bit-Länge</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="85"/>
        <source>126: the length follows in the 16-bit extended length</source>
        <translation>126: die Länge folgt in der erweiterten 16-Bit-Länge</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="87"/>
        <source>127: the length follows in the 64-bit extended length</source>
        <translation>127: die Länge folgt in der erweiterten 64-Bit-Länge</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="88"/>
        <source>Payload length</source>
        <translation>Payload-Länge</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="95"/>
        <source>length %1 in the %2-bit extended length (%3 marker)</source>
        <translation>Länge %1 in der erweiterten %2-Bit-Länge (Markierung %3)</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="102"/>
        <source>not the shortest encoding: RFC 6455 requires %1 for this length</source>
        <translation>nicht die kürzeste Kodierung: RFC 6455 verlangt für diese Länge %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="103"/>
        <source>the 7-bit length</source>
        <translation>die 7-Bit-Länge</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="104"/>
        <source>the 16-bit extended length</source>
        <translation>die erweiterte 16-Bit-Länge</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="108"/>
        <source>the most significant bit of a 64-bit length must be 0</source>
        <translation>das höchstwertige Bit einer 64-Bit-Länge muss 0 sein</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="115"/>
        <source>Extended payload length (16-bit)</source>
        <translation>Erweiterte Payload-Länge (16 Bit)</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="116"/>
        <source>Extended payload length (64-bit)</source>
        <translation>Erweiterte Payload-Länge (64 Bit)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/protocol/frameanatomy.cpp" line="125"/>
        <source>payload, %n byte(s), masked on the wire with key %1</source>
        <translation>
            <numerusform>Payload, %n Byte, auf der Leitung maskiert mit Schlüssel %1</numerusform>
            <numerusform>Payload, %n Bytes, auf der Leitung maskiert mit Schlüssel %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/protocol/frameanatomy.cpp" line="127"/>
        <source>payload, %n byte(s), not masked</source>
        <translation>
            <numerusform>Payload, %n Byte, nicht maskiert</numerusform>
            <numerusform>Payload, %n Bytes, nicht maskiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="131"/>
        <source>the header announces %1 bytes, %2 were captured</source>
        <translation>der Header kündigt %1 Bytes an, %2 wurden aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="135"/>
        <source>a control frame payload must not exceed 125 bytes</source>
        <translation>die Payload eines Steuer-Frames darf 125 Bytes nicht überschreiten</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="138"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="168"/>
        <source>Masking key</source>
        <translation>Maskierungsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="169"/>
        <source>mask key %1: payload byte i is XORed with key byte i mod 4</source>
        <translation>Maskierungsschlüssel %1: Payload-Byte i wird per XOR mit Schlüsselbyte i mod 4 verknüpft</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="190"/>
        <source>opcode %1: continuation frame (the next fragment of a message)</source>
        <translation>Opcode %1: Fortsetzungs-Frame (das nächste Fragment einer Nachricht)</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="193"/>
        <source>opcode %1: text frame</source>
        <translation>Opcode %1: Text-Frame</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="196"/>
        <source>opcode %1: binary frame</source>
        <translation>Opcode %1: Binär-Frame</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="199"/>
        <source>opcode %1: connection close</source>
        <translation>Opcode %1: Verbindung schließen (Close)</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="202"/>
        <source>opcode %1: ping</source>
        <translation>Opcode %1: Ping</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="205"/>
        <source>opcode %1: pong</source>
        <translation>Opcode %1: Pong</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="208"/>
        <source>opcode %1: reserved control opcode, a protocol error</source>
        <translation>Opcode %1: reservierter Steuer-Opcode, ein Protokollfehler</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="209"/>
        <source>opcode %1: reserved non-control opcode, a protocol error</source>
        <translation>Opcode %1: reservierter Opcode für Nicht-Steuer-Frames, ein Protokollfehler</translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameBytesLayout</name>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="133"/>
        <source>header byte %1: 0x%2 = %3</source>
        <translation>Header-Byte %1: 0x%2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="140"/>
        <source>payload byte %1 at offset %2: 0x%3 on the wire, 0x%4%5 unmasked</source>
        <translation>Payload-Byte %1 an Offset %2: 0x%3 auf der Leitung, 0x%4%5 demaskiert</translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="145"/>
        <source>payload byte %1 at offset %2: 0x%3%4</source>
        <translation>Payload-Byte %1 an Offset %2: 0x%3%4</translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameBytesView</name>
    <message>
        <location filename="../ui/hexview/framebytesview.cpp" line="55"/>
        <source>Inflated: %1 of this frame&apos;s %2 compressed bytes</source>
        <translation>Dekomprimiert: %1 der %2 komprimierten Bytes dieses Frames</translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebytesview.cpp" line="59"/>
        <source>The whole message inflates to %1 bytes</source>
        <translation>Die ganze Nachricht wird zu %1 Bytes dekomprimiert</translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameLogModel</name>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="85"/>
        <source>%1, edited</source>
        <translation>%1, bearbeitet</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="87"/>
        <source>%1, dropped</source>
        <translation>%1, verworfen</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="89"/>
        <source>%1, injected</source>
        <translation>%1, eingeschleust</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="243"/>
        <source>loading %1 was cancelled</source>
        <translation>Laden von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="433"/>
        <source>(payload not available)</source>
        <translation>(Payload nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="440"/>
        <source>subprotocol: %1; extensions: %2</source>
        <translation>Subprotokoll: %1; Erweiterungen: %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="441"/>
        <location filename="../app/core/models/framelogmodel.cpp" line="442"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="444"/>
        <source>%1 %2 &quot;%3&quot; (%4)</source>
        <translation>%1 %2 „%3“ (%4)</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="448"/>
        <source>closing with %1: %2</source>
        <translation>schließe mit %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="514"/>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="514"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="544"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="546"/>
        <source>Relative (s)</source>
        <translation>Relativ (s)</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="548"/>
        <source>Conn</source>
        <translation>Verb.</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="550"/>
        <source>Dir</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="552"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="554"/>
        <source>FIN RSV M</source>
        <translation>FIN RSV M</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="556"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="558"/>
        <source>Inflated</source>
        <translation>Dekomprimiert</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="560"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameLogView</name>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="124"/>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="125"/>
        <source>Copy payload as hex</source>
        <translation>Payload als Hex kopieren</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="126"/>
        <source>Copy payload as base64</source>
        <translation>Payload als Base64 kopieren</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="129"/>
        <source>Copy as JSON Lines</source>
        <translation>Als JSON Lines kopieren</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="132"/>
        <source>Resend in the composer</source>
        <translation>Im Composer erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="140"/>
        <source>Filter by connection #%1</source>
        <translation>Nach Verbindung #%1 filtern</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="144"/>
        <source>Filter by opcode %1 (%2)</source>
        <translation>Nach Opcode %1 (%2) filtern</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="148"/>
        <source>Show in the hex view</source>
        <translation>In der Hex-Ansicht zeigen</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="151"/>
        <source>Show the handshake</source>
        <translation>Den Handshake zeigen</translation>
    </message>
</context>
<context>
    <name>Sockscope::GraphQlDecoder</name>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="104"/>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="122"/>
        <source>Operation: %1</source>
        <translation>Operation: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="123"/>
        <source>Query:</source>
        <translation>Query:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="125"/>
        <source>Variables:</source>
        <translation>Variablen:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="126"/>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="139"/>
        <source>Extensions:</source>
        <translation>Erweiterungen:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="134"/>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="218"/>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="137"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="138"/>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="175"/>
        <source>GraphQL over WebSocket</source>
        <translation>GraphQL über WebSocket</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="193"/>
        <source>a close frame is not a GraphQL message</source>
        <translation>ein Close-Frame ist keine GraphQL-Nachricht</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="196"/>
        <source>not a GraphQL over WebSocket message (a JSON object with a &quot;type&quot;)</source>
        <translation>keine Nachricht von GraphQL über WebSocket (ein JSON-Objekt mit „type“)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="199"/>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="199"/>
        <source>graphql-transport-ws or graphql-ws</source>
        <translation>graphql-transport-ws oder graphql-ws</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="200"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="204"/>
        <source>This message type is not part of %1.</source>
        <translation>Dieser Nachrichtentyp gehört nicht zu %1.</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="211"/>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::Handshake</name>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="83"/>
        <source>server refused the upgrade: HTTP %1 %2</source>
        <translation>Server hat das Upgrade abgelehnt: HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="89"/>
        <source> (redirect to %1)</source>
        <translation> (Weiterleitung nach %1)</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="93"/>
        <source>101 response without &quot;Upgrade: websocket&quot;</source>
        <translation>101-Antwort ohne „Upgrade: websocket“</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="97"/>
        <source>101 response without &quot;Connection: Upgrade&quot;</source>
        <translation>101-Antwort ohne „Connection: Upgrade“</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="103"/>
        <source>Sec-WebSocket-Accept is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>Sec-WebSocket-Accept ist „%1“, erwartet „%2“</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="110"/>
        <source>server chose a subprotocol that was not offered: %1</source>
        <translation>Server hat ein Subprotokoll gewählt, das nicht angeboten wurde: %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="119"/>
        <source>server enabled extensions that were not offered: %1</source>
        <translation>Server hat Erweiterungen aktiviert, die nicht angeboten wurden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="141"/>
        <source>the opening handshake must be a GET request</source>
        <translation>der öffnende Handshake muss eine GET-Anfrage sein</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="143"/>
        <source>the opening handshake must use HTTP/1.1</source>
        <translation>der öffnende Handshake muss HTTP/1.1 verwenden</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="145"/>
        <source>not a WebSocket upgrade request</source>
        <translation>keine WebSocket-Upgrade-Anfrage</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="148"/>
        <source>unsupported Sec-WebSocket-Version</source>
        <translation>nicht unterstützte Sec-WebSocket-Version</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="152"/>
        <source>Sec-WebSocket-Key is not 16 base64-encoded bytes</source>
        <translation>Sec-WebSocket-Key besteht nicht aus 16 base64-kodierten Bytes</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="155"/>
        <source>required header missing: %1</source>
        <translation>erforderlicher Header fehlt: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::HandshakeView</name>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="108"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="309"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="110"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="310"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="195"/>
        <source>Sec-WebSocket-Accept</source>
        <translation>Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="197"/>
        <source>Check:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="198"/>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="199"/>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="211"/>
        <source>Extension / parameter</source>
        <translation>Erweiterung / Parameter</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="211"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="263"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="217"/>
        <source>Negotiation</source>
        <translation>Aushandlung</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="219"/>
        <source>Subprotocol:</source>
        <translation>Subprotokoll:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="220"/>
        <source>Offered subprotocols:</source>
        <translation>Angebotene Subprotokolle:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="221"/>
        <source>Extensions:</source>
        <translation>Erweiterungen:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="222"/>
        <source>Offered extensions:</source>
        <translation>Angebotene Erweiterungen:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="235"/>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="237"/>
        <source>DNS lookup:</source>
        <translation>DNS-Auflösung:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="238"/>
        <source>TCP connect:</source>
        <translation>TCP-Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="239"/>
        <source>TLS handshake:</source>
        <translation>TLS-Handshake:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="240"/>
        <source>HTTP upgrade:</source>
        <translation>HTTP-Upgrade:</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="247"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="263"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="297"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="399"/>
        <source>No handshake selected</source>
        <translation>Kein Handshake ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="301"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="305"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="407"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="408"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="506"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="327"/>
        <source>Request (sent)</source>
        <translation>Anfrage (gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="327"/>
        <source>Request (received)</source>
        <translation>Anfrage (empfangen)</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="328"/>
        <source>Response (received)</source>
        <translation>Antwort (empfangen)</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="328"/>
        <source>Response (sent)</source>
        <translation>Antwort (gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="353"/>
        <source>No request recorded</source>
        <translation>Keine Anfrage aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="353"/>
        <source>No response received</source>
        <translation>Keine Antwort empfangen</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="364"/>
        <source>Cannot parse: %1</source>
        <translation>Nicht auswertbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="387"/>
        <source>✓ Upgraded: %1</source>
        <translation>✓ Upgrade erfolgt: %1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="392"/>
        <source>✗ Upgrade failed: HTTP %1</source>
        <translation>✗ Upgrade fehlgeschlagen: HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="392"/>
        <source>✗ Connection failed</source>
        <translation>✗ Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="394"/>
        <source>No error message recorded</source>
        <translation>Keine Fehlermeldung aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="399"/>
        <source>Handshake in progress</source>
        <translation>Handshake läuft</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="410"/>
        <source>not checked: no request</source>
        <translation>nicht geprüft: keine Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="412"/>
        <source>not checked: the request has no Sec-WebSocket-Key</source>
        <translation>nicht geprüft: die Anfrage hat keinen Sec-WebSocket-Key</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="414"/>
        <source>not checked: no response</source>
        <translation>nicht geprüft: keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="416"/>
        <source>not checked: the response has no Sec-WebSocket-Accept</source>
        <translation>nicht geprüft: die Antwort hat kein Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="418"/>
        <source>✓ match</source>
        <translation>✓ stimmt überein</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="421"/>
        <source>✗ mismatch</source>
        <translation>✗ stimmt nicht überein</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="428"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="453"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="454"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="462"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="466"/>
        <source>✓ valid</source>
        <translation>✓ gültig</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="470"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="489"/>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="506"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="520"/>
        <source>%1. %2 — issued by %3, valid %4 to %5</source>
        <translation>%1. %2 — ausgestellt von %3, gültig von %4 bis %5</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="527"/>
        <source>No peer certificate.</source>
        <translation>Kein Zertifikat der Gegenstelle.</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="531"/>
        <source>TLS details (protocol, cipher, certificate chain) not recorded.</source>
        <translation>TLS-Details (Protokoll, Cipher, Zertifikatskette) nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="533"/>
        <source>Not TLS (ws://)</source>
        <translation>Kein TLS (ws://)</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="535"/>
        <source>TLS (wss://). %1</source>
        <translation>TLS (wss://). %1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="537"/>
        <source>TLS was used. %1</source>
        <translation>TLS wurde verwendet. %1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="539"/>
        <source>Unknown whether TLS was used. %1</source>
        <translation>Unbekannt, ob TLS verwendet wurde. %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::HarFormat</name>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="258"/>
        <source>aborted (as the HAR file says)</source>
        <translation>abgebrochen (laut HAR-Datei)</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="320"/>
        <source>export of %1 cancelled</source>
        <translation>Export von %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="337"/>
        <location filename="../app/core/capture/harformat.cpp" line="342"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="352"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="357"/>
        <source>%1 is %2 MiB; HAR files of up to %3 MiB can be imported (JSON Lines has no such limit)</source>
        <translation>%1 ist %2 MiB groß; HAR-Dateien können bis %3 MiB importiert werden (JSON Lines hat keine solche Grenze)</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="366"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 an Offset %3</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="372"/>
        <source>%1 is not a HAR file: no log.entries array</source>
        <translation>%1 ist keine HAR-Datei: kein Array log.entries</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="474"/>
        <source>%1: invalid WebSocket message in the entry for %2: %3</source>
        <translation>%1: ungültige WebSocket-Nachricht im Eintrag für %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="482"/>
        <source>%1: invalid control frame in the entry for %2</source>
        <translation>%1: ungültiger Steuer-Frame im Eintrag für %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::HexDecoder</name>
    <message>
        <location filename="../app/core/decode/hexdecoder.cpp" line="35"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/decode/hexdecoder.cpp" line="52"/>
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n weiteres Byte nicht angezeigt</numerusform>
            <numerusform>… %n weitere Bytes nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::HexParser</name>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="41"/>
        <source>&apos;%1&apos; is not a hex digit.</source>
        <translation>„%1“ ist keine Hex-Ziffer.</translation>
    </message>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="47"/>
        <source>&apos;0x&apos; is not followed by hex digits.</source>
        <translation>Auf „0x“ folgen keine Hex-Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="51"/>
        <source>odd number of hex digits (%1); every byte needs two.</source>
        <translation>ungerade Anzahl Hex-Ziffern (%1); jedes Byte braucht zwei.</translation>
    </message>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="67"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>Sockscope::HexView</name>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="307"/>
        <source>No frame selected</source>
        <translation>Kein Frame ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="615"/>
        <source>Copy Frame as &amp;Hex</source>
        <translation>Frame als &amp;Hex kopieren</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="615"/>
        <source>Copy Selection as &amp;Hex</source>
        <translation>Auswahl als &amp;Hex kopieren</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="618"/>
        <source>Copy Frame as &amp;Base64</source>
        <translation>Frame als &amp;Base64 kopieren</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="618"/>
        <source>Copy Selection as &amp;Base64</source>
        <translation>Auswahl als &amp;Base64 kopieren</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="620"/>
        <source>Copy Frame as &amp;C Array</source>
        <translation>Frame als &amp;C-Array kopieren</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="620"/>
        <source>Copy Selection as &amp;C Array</source>
        <translation>Auswahl als &amp;C-Array kopieren</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="623"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="625"/>
        <source>Show Payload &amp;Masked as on the Wire</source>
        <translation>Payload &amp;maskiert wie auf der Leitung zeigen</translation>
    </message>
</context>
<context>
    <name>Sockscope::HttpParser</name>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="77"/>
        <location filename="../app/core/protocol/httpmessage.cpp" line="82"/>
        <source>HTTP head exceeds %1 bytes</source>
        <translation>HTTP-Kopf überschreitet %1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="112"/>
        <source>malformed HTTP request line: %1</source>
        <translation>fehlerhafte HTTP-Anfragezeile: %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="120"/>
        <source>malformed HTTP status line: %1</source>
        <translation>fehlerhafte HTTP-Statuszeile: %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="130"/>
        <source>malformed HTTP header line: %1</source>
        <translation>fehlerhafte HTTP-Headerzeile: %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="147"/>
        <source>invalid Content-Length: %1</source>
        <translation>ungültige Content-Length: %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="166"/>
        <source>malformed chunked body</source>
        <translation>fehlerhafter Chunked-Body</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="237"/>
        <source>connection closed before the HTTP head was complete</source>
        <translation>Verbindung geschlossen, bevor der HTTP-Kopf vollständig war</translation>
    </message>
</context>
<context>
    <name>Sockscope::InterceptPane</name>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="61"/>
        <source>&amp;Intercept</source>
        <translation>&amp;Abfangen</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="66"/>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="67"/>
        <source>&amp;Drop</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="73"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="74"/>
        <source>Pause the messages that proxies relay, to edit, forward or drop them</source>
        <translation>Die von Proxys weitergeleiteten Nachrichten anhalten, um sie zu bearbeiten, weiterzuleiten oder zu verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="84"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="112"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="115"/>
        <source>Forward &amp;All</source>
        <translation>&amp;Alle weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="43"/>
        <location filename="../ui/proxy/interceptpane.cpp" line="137"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="47"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="49"/>
        <source>Pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="51"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="138"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="141"/>
        <source>Send the message as it is in the editor, marked as edited if it was changed</source>
        <translation>Die Nachricht so senden, wie sie im Editor steht; geändert wird sie als bearbeitet markiert</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="146"/>
        <source>Edit as</source>
        <translation>Bearbeiten als</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="196"/>
        <source>client → server</source>
        <translation>Client → Server</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="196"/>
        <source>server → client</source>
        <translation>Server → Client</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="197"/>
        <source>#%1 → #%2</source>
        <translation>#%1 → #%2</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="45"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/proxy/interceptpane.cpp" line="200"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="262"/>
        <source>These bytes are not UTF-8 text; edit them as hex.</source>
        <translation>Diese Bytes sind kein UTF-8-Text; bearbeiten Sie sie als Hex.</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="292"/>
        <source>A text message must stay UTF-8 text; the peer would fail the connection.</source>
        <translation>Eine Textnachricht muss UTF-8-Text bleiben; die Gegenseite würde die Verbindung sonst abbrechen.</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="296"/>
        <source>A control frame carries at most %1 bytes; this one has %2.</source>
        <translation>Ein Steuer-Frame trägt höchstens %1 Bytes; dieses hat %2.</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="322"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="323"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/proxy/interceptpane.cpp" line="330"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n Nachricht wartet</numerusform>
            <numerusform>%n Nachrichten warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::InterceptRulesDialog</name>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="62"/>
        <source>Intercept Rules</source>
        <translation>Abfangregeln</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="64"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="64"/>
        <source>URL regex</source>
        <translation>URL-Regex</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="64"/>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="64"/>
        <source>Content regex</source>
        <translation>Inhalts-Regex</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="71"/>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="74"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="80"/>
        <source>A message pauses when any rule matches it; every part of a rule that is set must match. The content regex is searched in a text message, in a binary message&apos;s decoded form, or in a control frame&apos;s text (a close&apos;s reason). With no rules, every data message pauses. Control frames pause only under a rule for them; while there is one, pings are relayed to the other side instead of being answered by the proxy.</source>
        <translation>Eine Nachricht wird angehalten, wenn eine Regel auf sie zutrifft; jeder gesetzte Teil einer Regel muss zutreffen. Der Inhalts-Regex wird in einer Textnachricht, in der dekodierten Form einer Binärnachricht oder im Text eines Steuer-Frames (dem Grund eines Close) gesucht. Ohne Regeln wird jede Datennachricht angehalten. Steuer-Frames werden nur unter einer Regel für sie angehalten; solange es eine gibt, werden Pings an die andere Seite weitergeleitet, statt vom Proxy beantwortet zu werden.</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="105"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="105"/>
        <source>Client → server</source>
        <translation>Client → Server</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="105"/>
        <source>Server → client</source>
        <translation>Server → Client</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="110"/>
        <source>Text and binary</source>
        <translation>Text und binär</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="111"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="112"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="113"/>
        <source>Ping, pong and close</source>
        <translation>Ping, Pong und Close</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="114"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="115"/>
        <source>Pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="116"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="148"/>
        <source>Rule %1: the regex &quot;%2&quot; is not valid: %3</source>
        <translation>Regel %1: Der Regex „%2“ ist ungültig: %3</translation>
    </message>
</context>
<context>
    <name>Sockscope::JsonDecoder</name>
    <message>
        <location filename="../app/core/decode/jsondecoder.cpp" line="23"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../app/core/decode/jsondecoder.cpp" line="40"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/jsondecoder.cpp" line="44"/>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>Sockscope::JsonTreeModel</name>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="30"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="32"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="34"/>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="36"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="38"/>
        <source>boolean</source>
        <translation>Boolean</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="40"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/jsontreemodel.cpp" line="50"/>
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Eintrag}</numerusform>
            <numerusform>{%n Einträge}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/jsontreemodel.cpp" line="52"/>
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/jsontreemodel.cpp" line="182"/>
        <source>… %n more not shown</source>
        <translation>
            <numerusform>… %n weiteres nicht angezeigt</numerusform>
            <numerusform>… %n weitere nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="215"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="217"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="219"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Sockscope::JsonlFormat</name>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="168"/>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="175"/>
        <source>&quot;ts_ns&quot; must be a string of nanoseconds</source>
        <translation>„ts_ns“ muss ein String mit Nanosekunden sein</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="186"/>
        <source>&quot;%1&quot; is not valid for its encoding</source>
        <translation>„%1“ ist für seine Kodierung ungültig</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="196"/>
        <source>&quot;header_hex&quot; is not a frame header</source>
        <translation>„header_hex“ ist kein Frame-Header</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="256"/>
        <location filename="../app/core/capture/jsonlformat.cpp" line="270"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="266"/>
        <source>export of %1 cancelled</source>
        <translation>Export von %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="280"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="291"/>
        <source>%1:%2: the line is longer than %3 MiB, more than any event takes</source>
        <translation>%1:%2: Die Zeile ist länger als %3 MiB, mehr als ein Ereignis je braucht</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="305"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="309"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Sockscope::LocalCa</name>
    <message>
        <location filename="../app/net/localca.cpp" line="96"/>
        <location filename="../app/net/localca.cpp" line="103"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/net/localca.cpp" line="144"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/net/localca.cpp" line="155"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/net/localca.cpp" line="164"/>
        <source>cannot create the proxy&apos;s CA certificate</source>
        <translation>das CA-Zertifikat des Proxys kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/net/localca.cpp" line="191"/>
        <source>cannot mint a certificate for %1 with %2</source>
        <translation>für %1 kann mit %2 kein Zertifikat ausgestellt werden</translation>
    </message>
</context>
<context>
    <name>Sockscope::MainToolBar</name>
    <message>
        <location filename="../ui/appshell/maintoolbar.cpp" line="19"/>
        <source>Main Toolbar</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/appshell/maintoolbar.cpp" line="71"/>
        <source>Autoscroll on: click to pause</source>
        <translation>Automatisches Scrollen an: klicken zum Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/appshell/maintoolbar.cpp" line="72"/>
        <source>Autoscroll paused: click to resume</source>
        <translation>Automatisches Scrollen pausiert: klicken zum Fortsetzen</translation>
    </message>
</context>
<context>
    <name>Sockscope::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Recording stopped</source>
        <translation>Aufzeichnung beendet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>&amp;Hex</source>
        <translation>&amp;Hex</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Hand&amp;shake</source>
        <translation>Handsha&amp;ke</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>filtering…</source>
        <translation>filtere…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>Autoscroll paused</source>
        <translation>Automatisches Scrollen pausiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Captures (*.wscap *.har *.jsonl *.pcapng *.pcap);;Sockscope capture (*.wscap);;HAR (*.har);;JSON Lines (*.jsonl);;Packet capture (*.pcapng *.pcap)</source>
        <translation>Mitschnitte (*.wscap *.har *.jsonl *.pcapng *.pcap);;Sockscope-Mitschnitt (*.wscap);;HAR (*.har);;JSON Lines (*.jsonl);;Paketmitschnitt (*.pcapng *.pcap)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>De&amp;coded</source>
        <translation>Dek&amp;odiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <location filename="../ui/mainwindow.cpp" line="784"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Intercept</source>
        <translation>Abfangen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>New &amp;Connection…</source>
        <translation>Neue &amp;Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>New &amp;Server…</source>
        <translation>Neuer &amp;Server…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>New &amp;Proxy…</source>
        <translation>Neuer &amp;Proxy…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Serve as &amp;Mock Server…</source>
        <translation>Als &amp;Mock-Server bereitstellen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426"/>
        <source>Re&amp;play…</source>
        <translation>Re&amp;play…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="430"/>
        <source>&amp;Open Capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>&amp;Import HAR or JSON Lines…</source>
        <translation>HAR oder JSON Lines &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>&amp;Autoscroll</source>
        <translation>&amp;Automatisch scrollen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>F&amp;ilter…</source>
        <translation>F&amp;iltern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>C&amp;lear Log</source>
        <translation>Log &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="493"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>Not recording: %1</source>
        <translation>Keine Aufzeichnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>Demo exchange complete: select a row to see its bytes and handshake</source>
        <translation>Demo-Austausch abgeschlossen: Wählen Sie eine Zeile, um ihre Bytes und ihren Handshake zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source>Connection #%1: %2</source>
        <translation>Verbindung #%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>Rows: %1 · Active: %2</source>
        <translation>Zeilen: %1 · Aktiv: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="673"/>
        <source>Read-only capture</source>
        <translation>Schreibgeschützter Mitschnitt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>Not recording</source>
        <translation>Keine Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="675"/>
        <source>Recording</source>
        <translation>Aufzeichnung läuft</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>unsaved session</source>
        <translation>ungespeicherte Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="678"/>
        <source>%1[*] — Sockscope</source>
        <translation>%1[*] — Sockscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <source>Proxy listening on %1</source>
        <translation>Proxy lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="755"/>
        <source>Serve as Mock Server</source>
        <translation>Als Mock-Server bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="756"/>
        <source>There is no connection with data messages to serve in this session yet.</source>
        <translation>In dieser Sitzung gibt es noch keine Verbindung mit Datennachrichten, die bereitgestellt werden könnten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>Mock server of connection #%1 listening on %2</source>
        <translation>Mock-Server der Verbindung #%1 lauscht auf %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>There is no connection with client messages to replay in this session yet.</source>
        <translation>In dieser Sitzung gibt es noch keine Verbindung mit Client-Nachrichten zum Wiedergeben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="807"/>
        <source>Connection #%1 replayed to %2 as connection #%3</source>
        <translation>Verbindung #%1 an %2 wiedergegeben als Verbindung #%3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="848"/>
        <location filename="../ui/mainwindow.cpp" line="852"/>
        <source>Close with Code</source>
        <translation>Mit Code schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="848"/>
        <source>Close code (1000–4999):</source>
        <translation>Close-Code (1000–4999):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="852"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="859"/>
        <source>Open Capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="870"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="870"/>
        <location filename="../ui/mainwindow.cpp" line="933"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="876"/>
        <source>Opening capture: %1 rows</source>
        <translation>Mitschnitt wird geöffnet: %1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="881"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="882"/>
        <source>Cannot open capture</source>
        <translation>Mitschnitt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="902"/>
        <source>Opened %1 (read-only)</source>
        <translation>%1 geöffnet (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="904"/>
        <source>Damaged capture</source>
        <translation>Beschädigter Mitschnitt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="953"/>
        <location filename="../ui/mainwindow.cpp" line="988"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="956"/>
        <location filename="../ui/mainwindow.cpp" line="992"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="963"/>
        <source>Save Capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1000"/>
        <source>Export Capture</source>
        <translation>Mitschnitt exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1027"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1030"/>
        <source>Exported a copy to %1</source>
        <translation>Kopie nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1038"/>
        <source>Unsaved session</source>
        <translation>Ungespeicherte Sitzung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1049"/>
        <source>This session has not been saved yet (%n frame(s) and event(s) recorded). Save it first?</source>
        <translation>
            <numerusform>Diese Sitzung wurde noch nicht gespeichert (%n Frame oder Ereignis aufgezeichnet). Zuerst speichern?</numerusform>
            <numerusform>Diese Sitzung wurde noch nicht gespeichert (%n Frames und Ereignisse aufgezeichnet). Zuerst speichern?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1051"/>
        <source>%n frame(s) and event(s) arrived since the session was saved to %1. Save them too?</source>
        <translation>
            <numerusform>Seit dem Speichern der Sitzung in %1 ist %n Frame oder Ereignis hinzugekommen. Mitspeichern?</numerusform>
            <numerusform>Seit dem Speichern der Sitzung in %1 sind %n Frames und Ereignisse hinzugekommen. Mitspeichern?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1088"/>
        <source>Recover session</source>
        <translation>Sitzung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1089"/>
        <source>%1 session(s) from an earlier run did not end cleanly. Open the most recent one, %2?</source>
        <translation>%1 Sitzung(en) aus einem früheren Lauf wurde(n) nicht sauber beendet. Die neueste, %2, öffnen?</translation>
    </message>
</context>
<context>
    <name>Sockscope::MessageDiffView</name>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="76"/>
        <source>Changed fields:</source>
        <translation>Geänderte Felder:</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="78"/>
        <source>&amp;Ignore This Field</source>
        <translation>Dieses Feld &amp;ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="92"/>
        <location filename="../ui/replay/messagediffview.cpp" line="103"/>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="93"/>
        <location filename="../ui/replay/messagediffview.cpp" line="103"/>
        <source>Replayed</source>
        <translation>Wiedergegeben</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="103"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="103"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="109"/>
        <source>Leaves this field&apos;s value out when answers are compared, in this diff and the next replay</source>
        <translation>Lässt den Wert dieses Felds beim Vergleich der Antworten aus, in diesem Vergleich und beim nächsten Replay</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="128"/>
        <location filename="../ui/replay/messagediffview.cpp" line="129"/>
        <source>Select a row of the diff</source>
        <translation>Wählen Sie eine Zeile des Vergleichs</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="139"/>
        <source>Not in the recording: the server sent this answer only on replay</source>
        <translation>Nicht in der Aufzeichnung: Der Server sendete diese Antwort nur beim Replay</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="140"/>
        <source>Not sent on replay: the server left out this recorded answer</source>
        <translation>Beim Replay nicht gesendet: Der Server ließ diese aufgezeichnete Antwort aus</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="151"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="152"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="153"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>Sockscope::MessageReader</name>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="35"/>
        <source>client frame is not masked</source>
        <translation>Client-Frame ist nicht maskiert</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="37"/>
        <source>server frame is masked</source>
        <translation>Server-Frame ist maskiert</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="39"/>
        <source>reserved opcode %1</source>
        <translation>reservierter Opcode %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="41"/>
        <source>RSV2/RSV3 set without a negotiated extension</source>
        <translation>RSV2/RSV3 gesetzt ohne ausgehandelte Erweiterung</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="44"/>
        <source>RSV1 set on a control or continuation frame</source>
        <translation>RSV1 gesetzt in einem Steuer- oder Fortsetzungs-Frame</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="45"/>
        <source>RSV1 set without a negotiated extension</source>
        <translation>RSV1 gesetzt ohne ausgehandelte Erweiterung</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="47"/>
        <source>frame exceeds the size limit</source>
        <translation>Frame überschreitet die Größengrenze</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="80"/>
        <source>control frame payload of %1 bytes exceeds 125</source>
        <translation>Payload des Steuer-Frames mit %1 Bytes überschreitet 125</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="82"/>
        <source>fragmented control frame</source>
        <translation>fragmentierter Steuer-Frame</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="102"/>
        <source>close frame with a 1-byte payload</source>
        <translation>Close-Frame mit einer Payload von 1 Byte</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="106"/>
        <source>invalid close code %1</source>
        <translation>ungültiger Close-Code %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="108"/>
        <source>close reason is not valid UTF-8</source>
        <translation>Close-Grund ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="118"/>
        <source>continuation frame without a message in progress</source>
        <translation>Fortsetzungs-Frame ohne begonnene Nachricht</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="121"/>
        <source>new data frame while a fragmented message is in progress</source>
        <translation>neuer Daten-Frame, während eine fragmentierte Nachricht noch läuft</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="144"/>
        <source>inflated message exceeds %1 bytes</source>
        <translation>dekomprimierte Nachricht überschreitet %1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="147"/>
        <source>frame cannot be inflated with the negotiated context</source>
        <translation>Frame lässt sich mit dem ausgehandelten Kontext nicht dekomprimieren</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="152"/>
        <source>text message is not valid UTF-8 (byte %1 of the message)</source>
        <translation>Textnachricht ist kein gültiges UTF-8 (Byte %1 der Nachricht)</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="130"/>
        <source>message exceeds %1 bytes</source>
        <translation>Nachricht überschreitet %1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="181"/>
        <source>text message ends inside a UTF-8 sequence</source>
        <translation>Textnachricht endet innerhalb einer UTF-8-Sequenz</translation>
    </message>
</context>
<context>
    <name>Sockscope::MockServerDialog</name>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="30"/>
        <source>Serve as Mock Server</source>
        <translation>Als Mock-Server bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="33"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="54"/>
        <source>After each client message, as recorded</source>
        <translation>Nach jeder Client-Nachricht, wie aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="55"/>
        <source>With the original timing</source>
        <translation>Mit dem ursprünglichen Timing</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="56"/>
        <source>After the client&apos;s k-th message the mock sends what the recorded server sent after its k-th; or every message at its recorded time after the upgrade.</source>
        <translation>Nach der k-ten Nachricht des Clients sendet der Mock-Server, was der aufgezeichnete Server nach seiner k-ten gesendet hat; oder jede Nachricht zu ihrer aufgezeichneten Zeit nach dem Upgrade.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="62"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="64"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="66"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="67"/>
        <source>&amp;Replies:</source>
        <translation>Ant&amp;worten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="115"/>
        <source>Server messages to send to each client: %1.</source>
        <translation>Server-Nachrichten, die jeder Client erhält: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="118"/>
        <source>Subprotocol offered: %1.</source>
        <translation>Angebotenes Subprotokoll: %1.</translation>
    </message>
</context>
<context>
    <name>Sockscope::MqttDecoder</name>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="50"/>
        <source>the remaining length of a %1 is longer than 4 bytes</source>
        <translation>die Restlänge eines %1 ist länger als 4 Bytes</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="52"/>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="53"/>
        <source>incomplete %1: %2 of %3 bytes</source>
        <translation>%1 unvollständig: %2 von %3 Bytes</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="80"/>
        <source>packet %1: %2</source>
        <translation>Paket %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="91"/>
        <source>%1 (%2 bytes after the fixed header)</source>
        <translation>%1 (%2 Bytes nach dem festen Header)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="104"/>
        <source>… %1 more packets not shown</source>
        <translation>… %1 weitere Pakete nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="131"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="158"/>
        <source>a close frame is not an MQTT packet</source>
        <translation>ein Close-Frame ist kein MQTT-Paket</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="163"/>
        <source>an empty message holds no MQTT packet</source>
        <translation>eine leere Nachricht enthält kein MQTT-Paket</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="173"/>
        <source>Protocol level %1, guessed from the content: no CONNECT was seen</source>
        <translation>Protokollstufe %1, aus dem Inhalt erraten: kein CONNECT gesehen</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="38"/>
        <source>Connection Accepted</source>
        <translation>Verbindung angenommen</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="39"/>
        <source>unacceptable protocol version</source>
        <translation>inakzeptable Protokollversion</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="40"/>
        <source>identifier rejected</source>
        <translation>Kennung abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="41"/>
        <source>server unavailable</source>
        <translation>Server nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="42"/>
        <source>bad user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="43"/>
        <source>not authorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="45"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="46"/>
        <source>Granted QoS 1</source>
        <translation>QoS 1 gewährt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="47"/>
        <source>Granted QoS 2</source>
        <translation>QoS 2 gewährt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="48"/>
        <source>Disconnect with Will Message</source>
        <translation>Trennen mit Will-Nachricht</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="49"/>
        <source>No matching subscribers</source>
        <translation>Keine passenden Abonnenten</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="50"/>
        <source>No subscription existed</source>
        <translation>Kein Abonnement vorhanden</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="51"/>
        <source>Continue authentication</source>
        <translation>Authentifizierung fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="52"/>
        <source>Re-authenticate</source>
        <translation>Erneut authentifizieren</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="53"/>
        <source>Unspecified error</source>
        <translation>Nicht näher bestimmter Fehler</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="54"/>
        <source>Malformed Packet</source>
        <translation>Fehlerhaftes Paket</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="55"/>
        <source>Protocol Error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="56"/>
        <source>Unsupported Protocol Version</source>
        <translation>Nicht unterstützte Protokollversion</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="57"/>
        <source>Client Identifier not valid</source>
        <translation>Client-Kennung ungültig</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="58"/>
        <source>Bad User Name or Password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="59"/>
        <source>Not authorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="60"/>
        <source>Server unavailable</source>
        <translation>Server nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="61"/>
        <source>Topic Filter invalid</source>
        <translation>Topic-Filter ungültig</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="62"/>
        <source>Topic Name invalid</source>
        <translation>Topic-Name ungültig</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="63"/>
        <source>Quota exceeded</source>
        <translation>Kontingent überschritten</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="68"/>
        <source>granted QoS %1</source>
        <translation>QoS %1 gewährt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="69"/>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="69"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="75"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="79"/>
        <source>Properties:</source>
        <translation>Eigenschaften:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="104"/>
        <source>protocol name &quot;%1&quot; is not MQTT</source>
        <translation>Protokollname „%1“ ist nicht MQTT</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="108"/>
        <source>Protocol: %1, level %2</source>
        <translation>Protokoll: %1, Stufe %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="109"/>
        <source>Flags: clean start %1, will %2 (QoS %3, retain %4), user name %5, password %6</source>
        <translation>Flags: Clean Start %1, Will %2 (QoS %3, Retain %4), Benutzername %5, Passwort %6</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="116"/>
        <source>Keep alive: %1 s</source>
        <translation>Keep-Alive: %1 s</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="119"/>
        <source>Client id: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="121"/>
        <source>Will properties:</source>
        <translation>Will-Eigenschaften:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="123"/>
        <source>Will: %1 %2</source>
        <translation>Will: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="126"/>
        <source>User name: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="128"/>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="137"/>
        <source>Session present: %1</source>
        <translation>Sitzung vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="138"/>
        <source>Return code: %1 (%2)</source>
        <translation>Rückgabecode: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="148"/>
        <source>a PUBLISH with QoS 3</source>
        <translation>ein PUBLISH mit QoS 3</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="153"/>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="154"/>
        <source>QoS: %1, retain %2, duplicate %3</source>
        <translation>QoS: %1, Retain %2, Duplikat %3</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="161"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="181"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="197"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="232"/>
        <source>Packet id: %1</source>
        <translation>Paket-ID: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="169"/>
        <source>Payload %1:</source>
        <translation>Payload %1:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="186"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="241"/>
        <source>Reason code: %1 (%2)</source>
        <translation>Reason-Code: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="206"/>
        <source>Topic filter: %1</source>
        <translation>Topic-Filter: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="215"/>
        <source>Topic filter: %1, QoS %2, no local %3, retain as published %4, retain handling %5</source>
        <translation>Topic-Filter: %1, QoS %2, No Local %3, Retain as Published %4, Retain Handling %5</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="223"/>
        <source>a %1 without topic filters</source>
        <translation>ein %1 ohne Topic-Filter</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="267"/>
        <source>AUTH exists only in MQTT 5</source>
        <translation>AUTH gibt es nur in MQTT 5</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="307"/>
        <source>reserved packet type 0</source>
        <translation>reservierter Pakettyp 0</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="313"/>
        <source>the %1 is cut short</source>
        <translation>das %1 ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="316"/>
        <source>%1 left over after the %2</source>
        <translation>%1 übrig nach dem %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="21"/>
        <source>Payload Format Indicator</source>
        <translation>Payload Format Indicator</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="22"/>
        <source>Message Expiry Interval</source>
        <translation>Message Expiry Interval</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="23"/>
        <source>Content Type</source>
        <translation>Content Type</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="24"/>
        <source>Response Topic</source>
        <translation>Response Topic</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="25"/>
        <source>Correlation Data</source>
        <translation>Correlation Data</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="26"/>
        <source>Subscription Identifier</source>
        <translation>Subscription Identifier</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="27"/>
        <source>Session Expiry Interval</source>
        <translation>Session Expiry Interval</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="28"/>
        <source>Assigned Client Identifier</source>
        <translation>Assigned Client Identifier</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="29"/>
        <source>Server Keep Alive</source>
        <translation>Server Keep Alive</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="30"/>
        <source>Authentication Method</source>
        <translation>Authentication Method</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="31"/>
        <source>Authentication Data</source>
        <translation>Authentication Data</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="32"/>
        <source>Request Problem Information</source>
        <translation>Request Problem Information</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="33"/>
        <source>Will Delay Interval</source>
        <translation>Will Delay Interval</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="34"/>
        <source>Request Response Information</source>
        <translation>Request Response Information</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="35"/>
        <source>Response Information</source>
        <translation>Response Information</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="36"/>
        <source>Server Reference</source>
        <translation>Server Reference</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="37"/>
        <source>Reason String</source>
        <translation>Reason String</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="38"/>
        <source>Receive Maximum</source>
        <translation>Receive Maximum</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="39"/>
        <source>Topic Alias Maximum</source>
        <translation>Topic Alias Maximum</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="40"/>
        <source>Topic Alias</source>
        <translation>Topic Alias</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="41"/>
        <source>Maximum QoS</source>
        <translation>Maximum QoS</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="42"/>
        <source>Retain Available</source>
        <translation>Retain Available</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="43"/>
        <source>User Property</source>
        <translation>User Property</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="44"/>
        <source>Maximum Packet Size</source>
        <translation>Maximum Packet Size</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="45"/>
        <source>Wildcard Subscription Available</source>
        <translation>Wildcard Subscription Available</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="46"/>
        <source>Subscription Identifier Available</source>
        <translation>Subscription Identifier Available</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="47"/>
        <source>Shared Subscription Available</source>
        <translation>Shared Subscription Available</translation>
    </message>
</context>
<context>
    <name>Sockscope::MsgpackDecoder</name>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="101"/>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="122"/>
        <source>invalid byte at %1</source>
        <translation>ungültiges Byte an Position %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="127"/>
        <source>cut short: %1 end before the object does</source>
        <translation>abgeschnitten: die Daten enden nach %1, vor dem Ende des Objekts</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="146"/>
        <source>%1 after the MessagePack object</source>
        <translation>%1 nach dem MessagePack-Objekt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="157"/>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="203"/>
        <source>a close frame is not MessagePack</source>
        <translation>ein Close-Frame ist kein MessagePack</translation>
    </message>
</context>
<context>
    <name>Sockscope::NewConnectionDialog</name>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="46"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="68"/>
        <source>ws://localhost:8080/ or wss://example.com/socket</source>
        <translation>ws://localhost:8080/ oder wss://example.com/socket</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="70"/>
        <source>comma-separated, e.g. chat, superchat</source>
        <translation>kommagetrennt, z. B. chat, superchat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="71"/>
        <source>none, e.g. https://example.com</source>
        <translation>keiner, z. B. https://example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="72"/>
        <source>Offer permessage-&amp;deflate compression</source>
        <translation>permessage-&amp;deflate-Komprimierung anbieten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="73"/>
        <source>&amp;Skip certificate verification (insecure)</source>
        <translation>&amp;Keine Zertifikatsprüfung (unsicher)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="74"/>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="75"/>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="76"/>
        <source>Client Private Key</source>
        <translation>Privater Schlüssel des Clients</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="77"/>
        <source>the URL&apos;s host</source>
        <translation>der Host der URL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="79"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="81"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="82"/>
        <source>optional, never saved in profiles</source>
        <translation>optional, wird nie in Profilen gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="85"/>
        <source>&amp;Reconnect automatically, with exponential back-off</source>
        <translation>Automatisch neu ve&amp;rbinden, mit exponentiellem Back-off</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="91"/>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="112"/>
        <source>⚠ Certificate verification is off: anyone on the network path can pose as the server and read or change the traffic.</source>
        <translation>⚠ Die Zertifikatsprüfung ist abgeschaltet: Jeder auf dem Netzwerkpfad kann sich als der Server ausgeben und den Verkehr mitlesen oder verändern.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="120"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="124"/>
        <source>Re&amp;quest</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="125"/>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="126"/>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="127"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="130"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="164"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="169"/>
        <source>&amp;Add Header</source>
        <translation>Header &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="171"/>
        <source>Remo&amp;ve Header</source>
        <translation>Header &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="186"/>
        <source>Su&amp;bprotocols:</source>
        <translation>Su&amp;bprotokolle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="187"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Origin:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="191"/>
        <source>Extra headers, sent in this order after the standard ones:</source>
        <translation>Zusätzliche Header, in dieser Reihenfolge nach den Standard-Headern gesendet:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="201"/>
        <source>These settings apply to wss:// URLs. Certificates are verified against the system&apos;s trusted CAs and the CA file below.</source>
        <translation>Diese Einstellungen gelten für wss://-URLs. Zertifikate werden gegen die vertrauenswürdigen CAs des Systems und die CA-Datei unten geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="206"/>
        <source>C&amp;A file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="207"/>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="208"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="209"/>
        <source>Server &amp;name (SNI):</source>
        <translation>Server&amp;name (SNI):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="216"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="217"/>
        <source>HTTP CONNECT</source>
        <translation>HTTP CONNECT</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="218"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="225"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="226"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="227"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="228"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="229"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="235"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="239"/>
        <source>Co&amp;nnect timeout:</source>
        <translation>Verbi&amp;ndungs-Timeout:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="240"/>
        <source>Automatic p&amp;ing every:</source>
        <translation>Automatischer P&amp;ing alle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="242"/>
        <source>&amp;First retry after:</source>
        <translation>Erste &amp;Wiederholung nach:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="243"/>
        <source>&amp;Longest wait between retries:</source>
        <translation>&amp;Längste Wartezeit zwischen Versuchen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="319"/>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="359"/>
        <source>Recent URLs (Alt+Down)</source>
        <translation>Zuletzt verwendete URLs (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="416"/>
        <source>A header with the value &quot;%1&quot; has no name.</source>
        <translation>Ein Header mit dem Wert „%1“ hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="418"/>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>„%1“ ist kein gültiger Header-Name: verwenden Sie Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="422"/>
        <source>The value of header %1 contains a line break.</source>
        <translation>Der Wert des Headers %1 enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="426"/>
        <source>&quot;%1&quot; is not a valid subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>„%1“ ist kein gültiger Subprotokoll-Name: verwenden Sie Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="429"/>
        <source>The proxy needs a host name.</source>
        <translation>Der Proxy braucht einen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="431"/>
        <source>The first reconnect delay is longer than the longest wait between retries.</source>
        <translation>Die erste Wartezeit vor dem Neuverbinden ist länger als die längste Wartezeit zwischen Versuchen.</translation>
    </message>
</context>
<context>
    <name>Sockscope::NewProxyDialog</name>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="44"/>
        <source>Upstream &amp;Connection Options…</source>
        <translation>&amp;Verbindungsoptionen zum Upstream…</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="49"/>
        <source>Proxy Certificate</source>
        <translation>Proxy-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="50"/>
        <source>Proxy Private Key</source>
        <translation>Privater Schlüssel des Proxys</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="51"/>
        <source>Offer and accept permessage-&amp;deflate on both legs</source>
        <translation>permessage-&amp;deflate auf beiden Strecken anbieten und annehmen</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="56"/>
        <source>New Proxy</source>
        <translation>Neuer Proxy</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="73"/>
        <source>Reverse proxy: every client is relayed to one upstream server</source>
        <translation>Reverse-Proxy: Jeder Client wird an einen Upstream-Server weitergeleitet</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="74"/>
        <source>Forward proxy: clients use Sockscope as their HTTP proxy</source>
        <translation>Forward-Proxy: Clients nutzen Sockscope als HTTP-Proxy</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="77"/>
        <source>Each client&apos;s path and query are appended to this URL.</source>
        <translation>Pfad und Query jedes Clients werden an diese URL angehängt.</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="82"/>
        <source>Point clients at this address as their HTTP proxy. For wss:// they must trust Sockscope&apos;s certificate authority: %1</source>
        <translation>Tragen Sie diese Adresse bei den Clients als HTTP-Proxy ein. Für wss:// müssen sie der Zertifizierungsstelle von Sockscope vertrauen: %1</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="91"/>
        <source>One per line: DIR:REGEX:REPLACEMENT, DIR is c2s, s2c or both</source>
        <translation>Eine pro Zeile: DIR:REGEX:ERSATZ, DIR ist c2s, s2c oder both</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="93"/>
        <source>One per line: DIR:REGEX</source>
        <translation>Eine pro Zeile: DIR:REGEX</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="105"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="113"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="115"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="116"/>
        <source>&amp;Upstream URL:</source>
        <translation>&amp;Upstream-URL:</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="124"/>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="126"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="128"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="129"/>
        <source>TLS &amp;certificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="130"/>
        <source>TLS private &amp;key:</source>
        <translation>Privater TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="137"/>
        <source>Rules for text messages (applied before the intercept queue)</source>
        <translation>Regeln für Textnachrichten (vor der Abfangwarteschlange angewandt)</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="139"/>
        <source>&amp;Replace:</source>
        <translation>&amp;Ersetzen:</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="140"/>
        <source>&amp;Drop:</source>
        <translation>&amp;Verwerfen:</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="147"/>
        <source>Upstream Connection Options</source>
        <translation>Verbindungsoptionen zum Upstream</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="198"/>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="218"/>
        <source>Enter the upstream server&apos;s URL, e.g. ws://127.0.0.1:9001.</source>
        <translation>Geben Sie die URL des Upstream-Servers ein, z. B. ws://127.0.0.1:9001.</translation>
    </message>
</context>
<context>
    <name>Sockscope::NewServerDialog</name>
    <message>
        <location filename="../ui/dialogs/filepathedit.cpp" line="15"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="39"/>
        <source>Server Certificate</source>
        <translation>Server-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="40"/>
        <source>Server Private Key</source>
        <translation>Privater Schlüssel des Servers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="42"/>
        <source>Accept permessage-&amp;deflate compression</source>
        <translation>permessage-deflate-Komprimierung a&amp;kzeptieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="45"/>
        <source>Capture to Replay</source>
        <translation>Mitschnitt für das Replay</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="45"/>
        <source>Captures (*.wscap *.har *.jsonl);;All files (*)</source>
        <translation>Mitschnitte (*.wscap *.har *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="49"/>
        <source>New Server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="19"/>
        <source>The IP address to listen on. Loopback (127.0.0.1, ::1) accepts only this machine; 0.0.0.0 and :: accept every network interface.</source>
        <translation>Die IP-Adresse, auf der gelauscht wird. Loopback (127.0.0.1, ::1) nimmt nur Verbindungen von diesem Rechner an; 0.0.0.0 und :: nehmen sie auf jeder Netzwerkschnittstelle an.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="25"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="76"/>
        <source>none; comma-separated, in order of preference</source>
        <translation>keine; kommagetrennt, in der bevorzugten Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="77"/>
        <source>The server picks the first of these that the client offers.</source>
        <translation>Der Server wählt das erste davon, das der Client anbietet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="80"/>
        <source>none; comma-separated names, e.g. Authorization</source>
        <translation>keine; kommagetrennte Namen, z. B. Authorization</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="81"/>
        <source>A client whose upgrade request lacks one of these headers is refused with 400 Bad Request.</source>
        <translation>Ein Client, dessen Upgrade-Anfrage einen dieser Header nicht enthält, wird mit 400 Bad Request abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="84"/>
        <source>Echo: send each message back to its sender</source>
        <translation>Echo: jede Nachricht an ihren Absender zurücksenden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="85"/>
        <source>Broadcast: send each message to every peer</source>
        <translation>Broadcast: jede Nachricht an jeden Peer senden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="86"/>
        <source>Manual: you type the replies</source>
        <translation>Manuell: Sie tippen die Antworten selbst</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="87"/>
        <source>Replay: answer with the server messages of a capture</source>
        <translation>Replay: mit den Server-Nachrichten eines Mitschnitts antworten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="90"/>
        <source>After each client message, as recorded</source>
        <translation>Nach jeder Client-Nachricht, wie aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="91"/>
        <source>With the original timing</source>
        <translation>Mit dem ursprünglichen Timing</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="110"/>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="112"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="114"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="120"/>
        <source>TLS (wss://)</source>
        <translation>TLS (wss://)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="122"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="123"/>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="129"/>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="131"/>
        <source>Su&amp;bprotocols:</source>
        <translation>Su&amp;bprotokolle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="133"/>
        <source>Required &amp;headers:</source>
        <translation>Erforderliche &amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="139"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="141"/>
        <source>&amp;Messages:</source>
        <translation>&amp;Nachrichten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="142"/>
        <source>Capture &amp;file:</source>
        <translation>Mitschnitt&amp;datei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="143"/>
        <source>&amp;Replies:</source>
        <translation>Ant&amp;worten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="150"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="220"/>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="42"/>
        <source>&quot;%1&quot; is not an IP address to listen on: use e.g. 127.0.0.1 or ::1.</source>
        <translation>„%1“ ist keine IP-Adresse zum Lauschen: verwenden Sie z. B. 127.0.0.1 oder ::1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="67"/>
        <source>A wss:// server needs a private key file with its certificate.</source>
        <translation>Ein wss://-Server braucht zu seinem Zertifikat eine Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="70"/>
        <source>A wss:// server needs a certificate file with its private key.</source>
        <translation>Ein wss://-Server braucht zu seinem privaten Schlüssel eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="262"/>
        <source>&quot;%1&quot; is not a valid subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>„%1“ ist kein gültiger Subprotokoll-Name: verwenden Sie Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="266"/>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>„%1“ ist kein gültiger Header-Name: verwenden Sie Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="271"/>
        <source>Choose a capture file to replay.</source>
        <translation>Wählen Sie eine Mitschnittdatei für das Replay.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="274"/>
        <source>Cannot read the capture file %1.</source>
        <translation>Die Mitschnittdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="55"/>
        <source>⚠ Listening on every network interface: other machines can connect to this server.</source>
        <translation>⚠ Lauscht auf jeder Netzwerkschnittstelle: Andere Rechner können sich mit diesem Server verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="58"/>
        <source>⚠ %1 is not a loopback address: other machines can connect to this server.</source>
        <translation>⚠ %1 ist keine Loopback-Adresse: Andere Rechner können sich mit diesem Server verbinden.</translation>
    </message>
</context>
<context>
    <name>Sockscope::OutputOptions</name>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="47"/>
        <source>Print each frame&apos;s decoded summary (JSON, Socket.IO, GraphQL, MQTT, …) instead of the raw preview; with --jsonl, add a &quot;decoded&quot; member.</source>
        <translation>Die dekodierte Zusammenfassung jedes Frames ausgeben (JSON, Socket.IO, GraphQL, MQTT, …) statt der Rohvorschau; mit --jsonl ein Element „decoded“ hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="52"/>
        <source>Record the session into this .wscap capture.</source>
        <translation>Die Sitzung in diesen .wscap-Mitschnitt aufzeichnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="53"/>
        <source>Print one JSON object per event.</source>
        <translation>Ein JSON-Objekt pro Ereignis ausgeben.</translation>
    </message>
</context>
<context>
    <name>Sockscope::PayloadDecoder</name>
    <message>
        <location filename="../app/core/decode/payloaddecoder.cpp" line="11"/>
        <source>cannot decode: %1</source>
        <translation>kann nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::PcapImport</name>
    <message>
        <location filename="../app/core/capture/pcapimport.cpp" line="334"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/pcapimport.cpp" line="339"/>
        <source>cannot decode %1: link type %2 is not supported (Ethernet, Linux cooked, loopback or raw IP)</source>
        <translation>%1 kann nicht dekodiert werden: Link-Typ %2 wird nicht unterstützt (Ethernet, Linux cooked, Loopback oder Raw IP)</translation>
    </message>
    <message>
        <location filename="../app/core/capture/pcapimport.cpp" line="359"/>
        <source>cannot decode %1 after packet %2: %3</source>
        <translation>%1 kann nach Paket %2 nicht dekodiert werden: %3</translation>
    </message>
</context>
<context>
    <name>Sockscope::PcapngExport</name>
    <message>
        <location filename="../app/core/capture/pcapngexport.cpp" line="169"/>
        <location filename="../app/core/capture/pcapngexport.cpp" line="208"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/pcapngexport.cpp" line="200"/>
        <source>export of %1 cancelled</source>
        <translation>Export von %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>Sockscope::PerMessageDeflate</name>
    <message>
        <location filename="../app/core/protocol/permessagedeflate.cpp" line="126"/>
        <source>server answered with %1 extensions, only permessage-deflate was offered</source>
        <translation>Server antwortete mit %1 Erweiterungen, angeboten war nur permessage-deflate</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/permessagedeflate.cpp" line="132"/>
        <source>server accepted an extension that was not offered: %1</source>
        <translation>Server hat eine Erweiterung angenommen, die nicht angeboten wurde: %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/permessagedeflate.cpp" line="146"/>
        <source>invalid permessage-deflate parameter in the server&apos;s response: %1</source>
        <translation>ungültiger permessage-deflate-Parameter in der Antwort des Servers: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::PingEditor</name>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="23"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="23"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="27"/>
        <source>Optional payload, echoed back in the Pong</source>
        <translation>Optionale Payload, wird im Pong zurückgesendet</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="32"/>
        <source>Send &amp;Ping</source>
        <translation>Ping s&amp;enden</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="39"/>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="60"/>
        <source>Send a Ping frame with this payload</source>
        <translation>Einen Ping-Frame mit dieser Payload senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="77"/>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="79"/>
        <source>The payload is %1 bytes; a Ping carries at most %2. Use the raw frame builder to send a longer one anyway.</source>
        <translation>Die Payload umfasst %1 Bytes; ein Ping trägt höchstens %2. Mit dem Roh-Frame-Editor lässt sich trotzdem ein längerer senden.</translation>
    </message>
</context>
<context>
    <name>Sockscope::PlotsPane</name>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="86"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="87"/>
        <source>Selected connection</source>
        <translation>Ausgewählte Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="88"/>
        <source>A selected server includes its peers</source>
        <translation>Ein ausgewählter Server schließt seine Peers ein</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="92"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="92"/>
        <source>Freeze the plot; zooming or panning pauses it too</source>
        <translation>Das Diagramm anhalten; Zoomen oder Verschieben hält es ebenfalls an</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="96"/>
        <source>Clear Range</source>
        <translation>Bereich aufheben</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="96"/>
        <source>Show the frames of every time again (double-click)</source>
        <translation>Wieder die Frames aller Zeiten zeigen (Doppelklick)</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="99"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="99"/>
        <source>Export the plot as a PNG picture</source>
        <translation>Das Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="101"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="101"/>
        <source>Export the plotted data as CSV</source>
        <translation>Die dargestellten Daten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="116"/>
        <source>Drag: filter the log to a time range · Click: select the nearest frame · Ctrl+drag: pan · Wheel: zoom</source>
        <translation>Ziehen: das Frame-Log auf einen Zeitbereich filtern · Klick: den nächstgelegenen Frame auswählen · Ctrl+Ziehen: verschieben · Mausrad: zoomen</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="125"/>
        <source>Messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="126"/>
        <source>Frames/s</source>
        <translation>Frames/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="127"/>
        <source>Wire bytes/s</source>
        <translation>Leitungsbytes/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="128"/>
        <source>Inflated bytes/s</source>
        <translation>Dekomprimierte Bytes/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="129"/>
        <source>Ping round trip</source>
        <translation>Ping-Umlaufzeit</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="130"/>
        <source>Message sizes</source>
        <translation>Nachrichtengrößen</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="139"/>
        <source>Last 10 s</source>
        <translation>Letzte 10 s</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="140"/>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="141"/>
        <source>Last 5 min</source>
        <translation>Letzte 5 min</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="142"/>
        <source>Last 15 min</source>
        <translation>Letzte 15 min</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="143"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="144"/>
        <source>Whole session</source>
        <translation>Ganze Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="342"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="355"/>
        <source>Export Plot Data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="355"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="358"/>
        <location filename="../ui/plots/plotspane.cpp" line="365"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="363"/>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="363"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="365"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProfileBar</name>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="17"/>
        <source>Choose a saved profile…</source>
        <translation>Gespeichertes Profil wählen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="20"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="22"/>
        <source>Save the form as a named profile</source>
        <translation>Das Formular als benanntes Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="23"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="25"/>
        <source>Delete the chosen profile</source>
        <translation>Das gewählte Profil löschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="28"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="64"/>
        <source>Save Profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="64"/>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="75"/>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="75"/>
        <source>Delete the saved profile &quot;%1&quot;?</source>
        <translation>Das gespeicherte Profil „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtoSchemaDialog</name>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="31"/>
        <source>Protocol Buffers Schema</source>
        <translation>Protocol-Buffers-Schema</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="60"/>
        <source>Filter message types</source>
        <translation>Nachrichtentypen filtern</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="73"/>
        <source>Add .proto Files…</source>
        <translation>.proto-Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="74"/>
        <source>Add Import Folder…</source>
        <translation>Import-Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="75"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="86"/>
        <source>Schema files and import folders:</source>
        <translation>Schemadateien und Import-Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="90"/>
        <source>Message type of the payloads:</source>
        <translation>Nachrichtentyp der Payloads:</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="100"/>
        <source>Add .proto Files</source>
        <translation>.proto-Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="101"/>
        <source>Protocol Buffers schemas (*.proto);;All files (*)</source>
        <translation>Protocol-Buffers-Schemas (*.proto);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="106"/>
        <source>Add Import Folder</source>
        <translation>Import-Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="147"/>
        <source>%1 (import folder)</source>
        <translation>%1 (Import-Ordner)</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtoSchemaPool</name>
    <message numerus="yes">
        <location filename="../app/core/decode/protoschemapool.cpp" line="46"/>
        <source>%1 (and %n more error(s))</source>
        <translation>
            <numerusform>%1 (und %n weiterer Fehler)</numerusform>
            <numerusform>%1 (und %n weitere Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="106"/>
        <source>%1: hidden by %2 of the same name in an import folder</source>
        <translation>%1: verdeckt durch %2 gleichen Namens in einem Import-Ordner</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="111"/>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="134"/>
        <source>no .proto file given</source>
        <translation>keine .proto-Datei angegeben</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="199"/>
        <source>the message type %1 is not loaded</source>
        <translation>der Nachrichtentyp %1 ist nicht geladen</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="209"/>
        <source>not a %1 message: the bytes end or break off at byte %2</source>
        <translation>keine %1-Nachricht: die Bytes enden oder brechen bei Byte %2 ab</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="210"/>
        <source>not a %1 message: %2</source>
        <translation>keine %1-Nachricht: %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="224"/>
        <source>Missing required fields: %1</source>
        <translation>Fehlende Pflichtfelder: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtobufSchemaDecoder</name>
    <message>
        <location filename="../app/core/decode/protobufschemadecoder.cpp" line="11"/>
        <source>Protocol Buffers (with .proto)</source>
        <translation>Protocol Buffers (mit .proto)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufschemadecoder.cpp" line="25"/>
        <source>no message type chosen</source>
        <translation>kein Nachrichtentyp gewählt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufschemadecoder.cpp" line="27"/>
        <source>a close frame is not a protobuf message</source>
        <translation>ein Close-Frame ist keine Protobuf-Nachricht</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtobufWireDecoder</name>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="140"/>
        <source>no valid field tag at byte %1</source>
        <translation>kein gültiger Feld-Tag bei Byte %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="143"/>
        <source>end of a group that was not started at byte %1</source>
        <translation>Ende einer Gruppe, die nicht begonnen wurde, bei Byte %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="156"/>
        <source>group %1 not ended at byte %2</source>
        <translation>Gruppe %1 bei Byte %2 nicht beendet</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="166"/>
        <source>field %1 cut short at byte %2</source>
        <translation>Feld %1 bei Byte %2 abgeschnitten</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="206"/>
        <source>field %1 has the invalid wire type %2 at byte %3</source>
        <translation>Feld %1 hat bei Byte %3 den ungültigen Wire-Type %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="213"/>
        <source>groups nested deeper than %1 levels at byte %2</source>
        <translation>Gruppen tiefer als %1 Ebenen verschachtelt bei Byte %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="296"/>
        <source>an empty message has no fields to show</source>
        <translation>eine leere Nachricht hat keine Felder zum Anzeigen</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="310"/>
        <source>Protocol Buffers (no schema)</source>
        <translation>Protocol Buffers (ohne Schema)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="335"/>
        <source>a close frame is not a protobuf message</source>
        <translation>ein Close-Frame ist keine Protobuf-Nachricht</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="346"/>
        <source>protobuf 1 field: </source>
        <translation>protobuf 1 Feld: </translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="346"/>
        <source>protobuf %1 fields: </source>
        <translation>protobuf %1 Felder: </translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtocolText</name>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="68"/>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="75"/>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="144"/>
        <source>Only the client sends %1.</source>
        <translation>Nur der Client sendet %1.</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="146"/>
        <source>Only the server sends %1.</source>
        <translation>Nur der Server sendet %1.</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="166"/>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="167"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="172"/>
        <source>(%1 B)</source>
        <translation>(%1 B)</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProxyCommand</name>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="23"/>
        <source>Address to listen on (default 127.0.0.1:0, a free port).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1:0, ein freier Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="26"/>
        <source>Reverse proxy to this ws:// or wss:// URL; without it, a forward HTTP proxy.</source>
        <translation>Reverse-Proxy zu dieser ws://- oder wss://-URL; ohne diese Option ein Forward-HTTP-Proxy.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="30"/>
        <source>Accept permessage-deflate from clients and offer it upstream.</source>
        <translation>permessage-deflate von Clients annehmen und upstream anbieten.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="32"/>
        <source>Listen with wss:// and this PEM certificate.</source>
        <translation>Mit wss:// und diesem PEM-Zertifikat lauschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="33"/>
        <source>PEM private key of the certificate.</source>
        <translation>Privater PEM-Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="36"/>
        <source>Edit text messages: DIR:REGEX:REPLACEMENT, DIR c2s, s2c or both (repeatable).</source>
        <translation>Textnachrichten bearbeiten: RICHTUNG:REGEX:ERSATZ, RICHTUNG c2s, s2c oder both (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="40"/>
        <source>Drop text messages that match: DIR:REGEX (repeatable).</source>
        <translation>Passende Textnachrichten verwerfen: RICHTUNG:REGEX (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="43"/>
        <source>Print the path of the forward proxy&apos;s CA certificate (created if needed) and exit.</source>
        <translation>Den Pfad des CA-Zertifikats des Forward-Proxys ausgeben (wird bei Bedarf erstellt) und beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="46"/>
        <source>Print only the listening line and errors, not every event.</source>
        <translation>Nur die Lausch-Zeile und Fehler ausgeben, nicht jedes Ereignis.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="58"/>
        <source>Run a WebSocket proxy and print every frame of both legs.</source>
        <translation>Einen WebSocket-Proxy betreiben und jeden Frame beider Strecken ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="72"/>
        <source>proxy takes no positional arguments, got &quot;%1&quot;</source>
        <translation>proxy erwartet keine Positionsargumente, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="86"/>
        <source>warning: TLS certificate verification is off (--insecure)</source>
        <translation>Warnung: Die Prüfung des TLS-Zertifikats ist abgeschaltet (--insecure)</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="98"/>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="110"/>
        <source>--listen takes HOST:PORT with a numeric address, got &quot;%1&quot;</source>
        <translation>--listen erwartet HOST:PORT mit numerischer Adresse, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="114"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProxyPair</name>
    <message>
        <location filename="../app/net/proxypair.cpp" line="203"/>
        <source>upstream unreachable: %1</source>
        <translation>Upstream nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../app/net/proxypair.cpp" line="394"/>
        <source>upstream connection dropped</source>
        <translation>Upstream-Verbindung abgebrochen</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProxyRules</name>
    <message>
        <location filename="../app/net/proxyrules.cpp" line="30"/>
        <source>rule &quot;%1&quot; must start with c2s:, s2c: or both:</source>
        <translation>Regel „%1“ muss mit c2s:, s2c: oder both: beginnen</translation>
    </message>
    <message>
        <location filename="../app/net/proxyrules.cpp" line="39"/>
        <source>rule &quot;%1&quot; needs DIR:REGEX:REPLACEMENT</source>
        <translation>Regel „%1“ braucht RICHTUNG:REGEX:ERSATZ</translation>
    </message>
    <message>
        <location filename="../app/net/proxyrules.cpp" line="47"/>
        <source>rule &quot;%1&quot;: invalid regular expression: %2</source>
        <translation>Regel „%1“: ungültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../app/net/proxyrules.cpp" line="48"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProxyServer</name>
    <message>
        <location filename="../app/net/proxyserver.cpp" line="123"/>
        <source>a proxy request needs an absolute URL or a Host header</source>
        <translation>eine Proxy-Anfrage braucht eine absolute URL oder einen Host-Header</translation>
    </message>
    <message>
        <location filename="../app/net/proxyserver.cpp" line="181"/>
        <source>CONNECT needs host:port, got &quot;%1&quot;</source>
        <translation>CONNECT braucht host:port, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/net/proxyserver.cpp" line="216"/>
        <source>cannot terminate TLS for %1: %2</source>
        <translation>TLS für %1 kann nicht terminiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/net/proxyserver.cpp" line="216"/>
        <source>no local CA</source>
        <translation>keine lokale CA</translation>
    </message>
</context>
<context>
    <name>Sockscope::RawFrameEditor</name>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="35"/>
        <source>7-bit</source>
        <translation>7 Bit</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="37"/>
        <source>16-bit</source>
        <translation>16 Bit</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="39"/>
        <source>64-bit</source>
        <translation>64 Bit</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="49"/>
        <source>Continuation</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="52"/>
        <location filename="../ui/composer/rawframeeditor.cpp" line="170"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="55"/>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="58"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="61"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="64"/>
        <source>Pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="67"/>
        <source>reserved data opcode</source>
        <translation>reservierter Daten-Opcode</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="67"/>
        <source>reserved control opcode</source>
        <translation>reservierter Steuer-Opcode</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="110"/>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="110"/>
        <source>Final fragment of a message</source>
        <translation>Letztes Fragment einer Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="112"/>
        <source>RSV1</source>
        <translation>RSV1</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="113"/>
        <source>Reserved bit 1 (&quot;compressed&quot; with permessage-deflate)</source>
        <translation>Reserviertes Bit 1 („komprimiert“ bei permessage-deflate)</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="114"/>
        <source>RSV2</source>
        <translation>RSV2</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="114"/>
        <source>Reserved bit 2</source>
        <translation>Reserviertes Bit 2</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="115"/>
        <source>RSV3</source>
        <translation>RSV3</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="115"/>
        <source>Reserved bit 3</source>
        <translation>Reserviertes Bit 3</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="128"/>
        <source>Reserved by RFC 6455: a peer must fail the connection</source>
        <translation>Von RFC 6455 reserviert: Eine Gegenstelle muss die Verbindung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="136"/>
        <source>MASK</source>
        <translation>MASK</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="136"/>
        <source>Mask the payload (clients must, servers must not)</source>
        <translation>Die Payload maskieren (Clients müssen, Server dürfen nicht)</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="138"/>
        <location filename="../ui/composer/rawframeeditor.cpp" line="141"/>
        <location filename="../ui/composer/rawframeeditor.cpp" line="329"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="142"/>
        <source>8 hex digits such as 37fa213d, or &quot;random&quot; for a new key per frame</source>
        <translation>8 Hex-Ziffern wie 37fa213d oder „zufällig“ für einen neuen Schlüssel pro Frame</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="153"/>
        <source>The payload length written in the header; empty writes the real length</source>
        <translation>Die in den Header geschriebene Payload-Länge; leer schreibt die tatsächliche Länge</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="158"/>
        <source>Shortest</source>
        <translation>Kürzeste</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="159"/>
        <source>Force 16-bit</source>
        <translation>16 Bit erzwingen</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="160"/>
        <source>Force 64-bit</source>
        <translation>64 Bit erzwingen</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="161"/>
        <source>RFC 6455 requires the shortest encoding; a longer one tests the peer&apos;s parser</source>
        <translation>RFC 6455 verlangt die kürzeste Kodierung; eine längere testet den Parser der Gegenstelle</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="170"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="175"/>
        <source>Payload as typed; masked on the wire when MASK is set</source>
        <translation>Payload wie eingegeben; auf der Leitung maskiert, wenn MASK gesetzt ist</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="191"/>
        <source>Send &amp;Frame</source>
        <translation>Frame s&amp;enden</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="198"/>
        <source>Bits:</source>
        <translation>Bits:</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="199"/>
        <source>Opcode:</source>
        <translation>Opcode:</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="200"/>
        <source>Mask:</source>
        <translation>Maske:</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="200"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="201"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="203"/>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="205"/>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="233"/>
        <source>Send exactly this frame, however invalid</source>
        <translation>Genau diesen Frame senden, wie ungültig er auch ist</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="292"/>
        <source>Payload: %1</source>
        <translation>Payload: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="297"/>
        <source>real length (%1)</source>
        <translation>tatsächliche Länge (%1)</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="304"/>
        <source>Length: at most %1.</source>
        <translation>Länge: höchstens %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="318"/>
        <source>Length %1 in a %2 field, longer than needed</source>
        <translation>Länge %1 in einem %2-Feld, länger als nötig</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="320"/>
        <source>Length %1 in a %2 field: it does not fit in %3</source>
        <translation>Länge %1 in einem %2-Feld: passt nicht in %3</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="323"/>
        <source>Length %1 in a %2 field</source>
        <translation>Länge %1 in einem %2-Feld</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="333"/>
        <source>Mask key: %1</source>
        <translation>Maskierungsschlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="335"/>
        <source>Mask key: needs 4 bytes (8 hex digits), not %1.</source>
        <translation>Maskierungsschlüssel: braucht 4 Bytes (8 Hex-Ziffern), nicht %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="277"/>
        <source>A valid frame.</source>
        <translation>Ein gültiger Frame.</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="278"/>
        <source>Breaks RFC 6455: %1.</source>
        <translation>Verstößt gegen RFC 6455: %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="278"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="353"/>
        <source>%1   (header %2 B, payload %3 B)</source>
        <translation>%1   (Header %2 B, Payload %3 B)</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="363"/>
        <source>RSV1 set (only valid with permessage-deflate)</source>
        <translation>RSV1 gesetzt (nur mit permessage-deflate gültig)</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="365"/>
        <source>RSV2/RSV3 set with no extension defining them</source>
        <translation>RSV2/RSV3 gesetzt, ohne dass eine Erweiterung sie definiert</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="367"/>
        <source>reserved opcode</source>
        <translation>reservierter Opcode</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="369"/>
        <source>fragmented control frame</source>
        <translation>fragmentierter Steuer-Frame</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="371"/>
        <source>control frame longer than 125 bytes</source>
        <translation>Steuer-Frame länger als 125 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="373"/>
        <source>length field %1, payload size %2</source>
        <translation>Längenfeld %1, Payload-Größe %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="375"/>
        <source>length not in the shortest encoding</source>
        <translation>Länge nicht in der kürzesten Kodierung</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="377"/>
        <source>64-bit length with the most significant bit set</source>
        <translation>64-Bit-Länge mit gesetztem höchstwertigem Bit</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="379"/>
        <source>unmasked frame from a client</source>
        <translation>unmaskierter Frame von einem Client</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="381"/>
        <source>masked frame from a server</source>
        <translation>maskierter Frame von einem Server</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayCommand</name>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="38"/>
        <source>%1 has no connection %2 with messages to replay</source>
        <translation>%1 hat keine Verbindung %2 mit Nachrichten für ein Replay</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="42"/>
        <source>%1 has no connection with messages to replay</source>
        <translation>%1 hat keine Verbindung mit Nachrichten für ein Replay</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="53"/>
        <source>Replay a capture: its client messages against a server (--to), or its server messages to clients that connect (--serve).</source>
        <translation>Einen Mitschnitt wiedergeben: seine Client-Nachrichten gegen einen Server (--to) oder seine Server-Nachrichten an Clients, die sich verbinden (--serve).</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="55"/>
        <source>Capture (.wscap, .har, .jsonl, .pcap or .pcapng).</source>
        <translation>Mitschnitt (.wscap, .har, .jsonl, .pcap oder .pcapng).</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="56"/>
        <source>Replay the client side against this ws:// or wss:// URL.</source>
        <translation>Die Client-Seite gegen diese ws://- oder wss://-URL wiedergeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="59"/>
        <source>Run a mock server answering with the recorded server side.</source>
        <translation>Einen Mock-Server betreiben, der mit der aufgezeichneten Server-Seite antwortet.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="61"/>
        <source>Scale the original timing (2 = twice as fast).</source>
        <translation>Das ursprüngliche Timing skalieren (2 = doppelt so schnell).</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="63"/>
        <source>Send as fast as possible.</source>
        <translation>So schnell wie möglich senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="65"/>
        <source>--serve: send by the original timing instead of after each client message.</source>
        <translation>--serve: nach dem ursprünglichen Timing senden statt nach jeder Client-Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="68"/>
        <source>Replay this connection id of the capture (default: the first with messages).</source>
        <translation>Diese Verbindungs-ID des Mitschnitts wiedergeben (Standard: die erste mit Nachrichten).</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="70"/>
        <source>Compare the server&apos;s answers with the recording; exit 1 when they differ.</source>
        <translation>Die Antworten des Servers mit der Aufzeichnung vergleichen; Exit-Code 1, wenn sie abweichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="72"/>
        <source>Regular expression for volatile text to ignore in --diff (repeatable).</source>
        <translation>Regulärer Ausdruck für veränderlichen Text, den --diff ignoriert (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="74"/>
        <source>Do not print every event.</source>
        <translation>Nicht jedes Ereignis ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="75"/>
        <source>Do not verify the server&apos;s TLS certificate.</source>
        <translation>Das TLS-Zertifikat des Servers nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="76"/>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="84"/>
        <source>replay takes one capture file</source>
        <translation>replay erwartet eine Mitschnittdatei</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="88"/>
        <source>replay needs exactly one of --to URL or --serve HOST:PORT</source>
        <translation>replay braucht genau eines von --to URL oder --serve HOST:PORT</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="92"/>
        <source>--speed and --asap exclude each other</source>
        <translation>--speed und --asap schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="100"/>
        <source>--speed takes a positive number, got &quot;%1&quot;</source>
        <translation>--speed erwartet eine positive Zahl, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="109"/>
        <source>--connection takes a connection id, got &quot;%1&quot;</source>
        <translation>--connection erwartet eine Verbindungs-ID, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="116"/>
        <source>--ignore: invalid regular expression &quot;%1&quot;: %2</source>
        <translation>--ignore: ungültiger regulärer Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="129"/>
        <source>--serve takes HOST:PORT with a numeric address, got &quot;%1&quot;</source>
        <translation>--serve erwartet HOST:PORT mit numerischer Adresse, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="191"/>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayDialog</name>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="42"/>
        <location filename="../ui/replay/replaydialog.cpp" line="45"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="64"/>
        <source>The server to replay against: the recorded one, or a new build of it</source>
        <translation>Der Server für das Replay: der aufgezeichnete oder ein neuer Build davon</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="65"/>
        <source>Connection &amp;Options…</source>
        <translation>Verbindungs&amp;optionen…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="72"/>
        <source>Original timing</source>
        <translation>Ursprüngliches Timing</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="73"/>
        <source>Original timing, scaled</source>
        <translation>Ursprüngliches Timing, skaliert</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="74"/>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="75"/>
        <source>Step by step</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="76"/>
        <source>Step by step shows each message before it is sent, to edit or send as it is</source>
        <translation>Schritt für Schritt zeigt jede Nachricht vor dem Senden, zum Bearbeiten oder unverändert Senden</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="80"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="81"/>
        <source>2 replays twice as fast as recorded, 0.5 at half speed</source>
        <translation>2 gibt doppelt so schnell wie aufgezeichnet wieder, 0,5 mit halber Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="83"/>
        <source>One regular expression per line, e.g. &quot;ts&quot;:\s*\d+</source>
        <translation>Ein regulärer Ausdruck pro Zeile, z. B. &quot;ts&quot;:\s*\d+</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="84"/>
        <source>Text that matches is left out when answers are compared (timestamps, ids)</source>
        <translation>Passender Text wird beim Vergleich der Antworten ausgelassen (Zeitstempel, IDs)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="90"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="92"/>
        <source>&amp;Target URL:</source>
        <translation>&amp;Ziel-URL:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="93"/>
        <source>&amp;Pacing:</source>
        <translation>&amp;Takt:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="94"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="95"/>
        <source>&amp;Ignore in the diff:</source>
        <translation>Beim Vergleich &amp;ignorieren:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="105"/>
        <source>Client messages to send: %1. Recorded server answers to compare: %2.</source>
        <translation>Zu sendende Client-Nachrichten: %1. Zu vergleichende aufgezeichnete Server-Antworten: %2.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="113"/>
        <source>Replay Connection Options</source>
        <translation>Verbindungsoptionen für das Replay</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="178"/>
        <source>Connection #%1 has no client messages to replay</source>
        <translation>Verbindung #%1 hat keine Client-Nachrichten zum Wiedergeben</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="182"/>
        <source>Invalid regular expression &quot;%1&quot;: %2</source>
        <translation>Ungültiger regulärer Ausdruck „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayDiffModel</name>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="74"/>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="76"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="78"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="80"/>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="123"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="125"/>
        <source>Recorded answer</source>
        <translation>Aufgezeichnete Antwort</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="127"/>
        <source>Replayed answer</source>
        <translation>Antwort beim Replay</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayPane</name>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="76"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="77"/>
        <source>Replay &amp;Again</source>
        <translation>&amp;Erneut wiedergeben</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="81"/>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="83"/>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="134"/>
        <source>%v of %m sent</source>
        <translation>%v von %m gesendet</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="137"/>
        <source>Closes the replay connection; the diff keeps what has arrived</source>
        <translation>Schließt die Replay-Verbindung; der Vergleich behält, was angekommen ist</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="139"/>
        <source>Replays the same connection with the same settings and the ignore patterns as they are now</source>
        <translation>Gibt dieselbe Verbindung mit denselben Einstellungen und den aktuellen Ignoriermustern erneut wieder</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="163"/>
        <source>The next recorded client message; edit it before sending if you like (binary messages as hex)</source>
        <translation>Die nächste aufgezeichnete Client-Nachricht; vor dem Senden bearbeitbar (Binär-Nachrichten als Hex)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="184"/>
        <source>&amp;Ignore Patterns…</source>
        <translation>&amp;Ignoriermuster…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="187"/>
        <source>E&amp;xport Diff…</source>
        <translation>Vergleich e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="231"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="245"/>
        <source>Replaying</source>
        <translation>Replay läuft</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="245"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="253"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="253"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="263"/>
        <source>Every client message has been sent.</source>
        <translation>Alle Client-Nachrichten wurden gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="269"/>
        <source>Next message (%1 of %2, binary, as hex):</source>
        <translation>Nächste Nachricht (%1 von %2, binär, als Hex):</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="272"/>
        <source>Next message (%1 of %2):</source>
        <translation>Nächste Nachricht (%1 von %2):</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="297"/>
        <source>%1 same · %2 changed · %3 missing · %4 extra</source>
        <translation>%1 gleich · %2 geändert · %3 fehlen · %4 zusätzlich</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="303"/>
        <source>Nothing ignored</source>
        <translation>Nichts ignoriert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/replaypane.cpp" line="304"/>
        <source>Ignoring %n pattern(s)</source>
        <translation>
            <numerusform>%n Muster ignoriert</numerusform>
            <numerusform>%n Muster ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="340"/>
        <location filename="../ui/replay/replaypane.cpp" line="352"/>
        <source>Ignore Patterns</source>
        <translation>Ignoriermuster</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="341"/>
        <source>Regular expressions, one per line; text they match is left out when answers are compared:</source>
        <translation>Reguläre Ausdrücke, einer pro Zeile; passender Text wird beim Vergleich der Antworten ausgelassen:</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="353"/>
        <source>Invalid regular expression &quot;%1&quot;: %2</source>
        <translation>Ungültiger regulärer Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="381"/>
        <location filename="../ui/replay/replaypane.cpp" line="387"/>
        <source>Export Diff</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="382"/>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="387"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::SalvagedCaptureSource</name>
    <message>
        <location filename="../app/core/capture/salvagedcapturesource.cpp" line="18"/>
        <source>the file is cut short; its %1 remaining pages were read one by one, %2 of them unreadable</source>
        <translation>die Datei ist abgeschnitten; ihre %1 restlichen Seiten wurden einzeln gelesen, %2 davon waren unlesbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/capture/salvagedcapturesource.cpp" line="23"/>
        <source>%n frame(s) lost the payload they shared with a frame on an unreadable page</source>
        <translation>
            <numerusform>%n Frame verlor die Payload, die es mit einem Frame auf einer unlesbaren Seite teilte</numerusform>
            <numerusform>%n Frames verloren die Payload, die sie mit einem Frame auf einer unlesbaren Seite teilten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::ServeCommand</name>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="21"/>
        <source>Run a local WebSocket server and print every frame.</source>
        <translation>Einen lokalen WebSocket-Server betreiben und jeden Frame ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="23"/>
        <source>Address to listen on (default 127.0.0.1:0, a free port).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1:0, ein freier Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="25"/>
        <source>Send every message back to its sender.</source>
        <translation>Jede Nachricht an ihren Absender zurücksenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="26"/>
        <source>Send every message to all peers.</source>
        <translation>Jede Nachricht an alle Peers senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="27"/>
        <source>Answer with the server messages of a capture.</source>
        <translation>Mit den Server-Nachrichten eines Mitschnitts antworten.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="29"/>
        <source>Accept permessage-deflate.</source>
        <translation>permessage-deflate akzeptieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="31"/>
        <source>Accept this subprotocol (repeatable, in order of preference).</source>
        <translation>Dieses Subprotokoll akzeptieren (wiederholbar, in der bevorzugten Reihenfolge).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="34"/>
        <source>Refuse upgrades without this header (repeatable).</source>
        <translation>Upgrades ohne diesen Header abweisen (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="36"/>
        <source>Serve wss:// with this PEM certificate (chain).</source>
        <translation>wss:// mit diesem PEM-Zertifikat (Kette) anbieten.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="38"/>
        <source>PEM private key of the certificate.</source>
        <translation>Privater PEM-Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="41"/>
        <source>Largest message accepted, in bytes (default 256 MiB).</source>
        <translation>Größte angenommene Nachricht in Bytes (Standard 256 MiB).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="45"/>
        <source>Drop a peer that has not completed its upgrade request within MS milliseconds (default 10000).</source>
        <translation>Einen Peer trennen, der seine Upgrade-Anfrage nicht innerhalb von MS Millisekunden abgeschlossen hat (Standard 10000).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="48"/>
        <source>Print only the listening line and errors, not every event.</source>
        <translation>Nur die Lausch-Zeile und Fehler ausgeben, nicht jedes Ereignis.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="57"/>
        <source>serve takes no positional arguments, got &quot;%1&quot;</source>
        <translation>serve erwartet keine Positionsargumente, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="61"/>
        <source>--echo, --broadcast and --replay exclude each other</source>
        <translation>--echo, --broadcast und --replay schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="66"/>
        <source>--listen takes HOST:PORT with a numeric address, got &quot;%1&quot;</source>
        <translation>--listen erwartet HOST:PORT mit numerischer Adresse, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="70"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="87"/>
        <source>--max-message takes a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-message erwartet eine Anzahl Bytes, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="97"/>
        <source>--handshake-timeout takes a positive number of milliseconds, got &quot;%1&quot;</source>
        <translation>--handshake-timeout erwartet eine positive Zahl von Millisekunden, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="131"/>
        <source>listening on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::SessionOutput</name>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="36"/>
        <source>finishing %1: copying %2 MB of recorded frames into it (Ctrl+C again stops at once; the next reader of the capture then copies them)</source>
        <translation>%1 wird abgeschlossen: %2 MB aufgezeichneter Frames werden hineinkopiert (ein weiteres Strg+C beendet sofort; dann kopiert sie der nächste Leser der Aufzeichnung)</translation>
    </message>
</context>
<context>
    <name>Sockscope::SettingsDialog</name>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="36"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="37"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="43"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="44"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="45"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="53"/>
        <source>Keep every row</source>
        <translation>Jede Zeile behalten</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="54"/>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="56"/>
        <source>Rows dropped from the log of this session: %1</source>
        <translation>Aus dem Frame-Log dieser Sitzung entfernte Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="64"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="69"/>
        <source>A new language is shown from the next start.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="71"/>
        <source>The recording keeps every frame; the limit only bounds the live log, whose oldest rows are dropped and counted in the status bar.</source>
        <translation>Die Aufzeichnung behält jeden Frame; die Grenze beschränkt nur das Live-Log, dessen älteste Zeilen entfernt und in der Statusleiste gezählt werden.</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="76"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="78"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="79"/>
        <source>&amp;Recording folder:</source>
        <translation>&amp;Aufzeichnungsordner:</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="82"/>
        <source>Log &amp;retention:</source>
        <translation>&amp;Log-Aufbewahrung:</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="108"/>
        <source>Recording Folder</source>
        <translation>Aufzeichnungsordner</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="116"/>
        <source>The recording folder %1 cannot be created.</source>
        <translation>Der Aufzeichnungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="118"/>
        <source>The recording folder %1 cannot be written to.</source>
        <translation>In den Aufzeichnungsordner %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Sockscope::ShortcutsDialog</name>
    <message>
        <location filename="../ui/appshell/shortcutsdialog.cpp" line="67"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/appshell/shortcutsdialog.cpp" line="70"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/appshell/shortcutsdialog.cpp" line="70"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/appshell/shortcutsdialog.cpp" line="70"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>Sockscope::SocketIoDecoder</name>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="65"/>
        <source>the packet data is %1</source>
        <translation>die Paketdaten sind %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="69"/>
        <source>CONNECT data must be an object</source>
        <translation>CONNECT-Daten müssen ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="71"/>
        <source>DISCONNECT carries no data</source>
        <translation>DISCONNECT trägt keine Daten</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="76"/>
        <source>an EVENT needs an array starting with its name</source>
        <translation>ein EVENT braucht ein Array, das mit seinem Namen beginnt</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="80"/>
        <source>an ACK needs an ack id</source>
        <translation>ein ACK braucht eine Ack-ID</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="81"/>
        <source>ACK data must be an array</source>
        <translation>ACK-Daten müssen ein Array sein</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="85"/>
        <source>CONNECT_ERROR data must be an object or a string</source>
        <translation>CONNECT_ERROR-Daten müssen ein Objekt oder ein String sein</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="94"/>
        <source>no Socket.IO packet type (a digit 0 to 6)</source>
        <translation>kein Socket.IO-Pakettyp (eine Ziffer von 0 bis 6)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="101"/>
        <source>a binary packet needs its attachment count and &quot;-&quot;</source>
        <translation>ein binäres Paket braucht seine Anzahl Anhänge und „-“</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="114"/>
        <source>the ack id has more than %1 digits</source>
        <translation>die Ack-ID hat mehr als %1 Ziffern</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="132"/>
        <source>no Engine.IO packet type (a digit 0 to 6)</source>
        <translation>kein Engine.IO-Pakettyp (eine Ziffer von 0 bis 6)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="141"/>
        <source>an open packet needs its JSON with a &quot;sid&quot;</source>
        <translation>ein Open-Paket braucht sein JSON mit einer „sid“</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="149"/>
        <source>a ping or pong carries nothing but &quot;probe&quot;</source>
        <translation>ein Ping oder Pong trägt nichts außer „probe“</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="166"/>
        <source>this Engine.IO packet carries no data</source>
        <translation>dieses Engine.IO-Paket trägt keine Daten</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="203"/>
        <source>Engine.IO packet: message (4)</source>
        <translation>Engine.IO-Paket: message (4)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="204"/>
        <source>Socket.IO packet: %1 (%2)</source>
        <translation>Socket.IO-Paket: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="205"/>
        <source>Namespace: %1</source>
        <translation>Namespace: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="212"/>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="217"/>
        <source>Ack id: %1</source>
        <translation>Ack-ID: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="220"/>
        <source>Attachments: %1 (the binary messages that follow)</source>
        <translation>Anhänge: %1 (die folgenden binären Nachrichten)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="223"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="223"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="228"/>
        <source>(1 attachment)</source>
        <translation>(1 Anhang)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="229"/>
        <source>(%1 attachments)</source>
        <translation>(%1 Anhänge)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="241"/>
        <source>Engine.IO packet: %1 (%2)</source>
        <translation>Engine.IO-Paket: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="244"/>
        <source>Handshake:</source>
        <translation>Handshake:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="248"/>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="258"/>
        <source>socket.io attachment (%1)</source>
        <translation>socket.io-Anhang (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="259"/>
        <source>A binary attachment of the BINARY_EVENT or BINARY_ACK before it, %1:</source>
        <translation>Ein binärer Anhang des vorangehenden BINARY_EVENT oder BINARY_ACK, %1:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="268"/>
        <source>&lt;binary %1: missing&gt;</source>
        <translation>&lt;binär %1: fehlt&gt;</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="271"/>
        <source>&lt;binary %1: %2 %3&gt;</source>
        <translation>&lt;binär %1: %2 %3&gt;</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="287"/>
        <source>Socket.IO / Engine.IO</source>
        <translation>Socket.IO / Engine.IO</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="314"/>
        <source>a close frame is not an Engine.IO packet</source>
        <translation>ein Close-Frame ist kein Engine.IO-Paket</translation>
    </message>
</context>
<context>
    <name>Sockscope::SqliteCaptureSource</name>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="105"/>
        <source>capture %1 does not exist</source>
        <translation>Mitschnitt %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="129"/>
        <source>cannot open capture %1: %2</source>
        <translation>Mitschnitt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="137"/>
        <source>%1 is empty, not a Sockscope capture</source>
        <translation>%1 ist leer, kein Sockscope-Mitschnitt</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="145"/>
        <source>%1 is not a Sockscope capture: %2</source>
        <translation>%1 ist kein Sockscope-Mitschnitt: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="149"/>
        <source>%1 is an SQLite database but not a Sockscope capture</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Sockscope-Mitschnitt</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="155"/>
        <source>%1 has capture format version %2; this Sockscope reads versions 1 to %3</source>
        <translation>%1 hat die Mitschnitt-Formatversion %2; diese Sockscope-Version liest die Versionen 1 bis %3</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="177"/>
        <source>%1 row %2: %3</source>
        <translation>%1, Datensatz %2: %3</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="268"/>
        <source>proxy_pairs: %1</source>
        <translation>proxy_pairs: %1</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="355"/>
        <source>decoder_choices: %1</source>
        <translation>decoder_choices: %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::StompDecoder</name>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="112"/>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="119"/>
        <source>Body %1:</source>
        <translation>Body %1:</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="132"/>
        <source>an empty payload is not a STOMP frame</source>
        <translation>eine leere Payload ist kein STOMP-Frame</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="136"/>
        <source>Heart-beats: %1</source>
        <translation>Heart-Beats: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="140"/>
        <source>stomp heart-beat</source>
        <translation>stomp heart-beat</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="143"/>
        <source>+1 more frame</source>
        <translation>+1 weiterer Frame</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="144"/>
        <source>+%1 more frames</source>
        <translation>+%1 weitere Frames</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="156"/>
        <source>SockJS frame: %1</source>
        <translation>SockJS-Frame: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="160"/>
        <source>SockJS frame, STOMP messages: %1</source>
        <translation>SockJS-Frame, STOMP-Nachrichten: %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="164"/>
        <source>SockJS message %1: %2</source>
        <translation>SockJS-Nachricht %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="185"/>
        <source>STOMP</source>
        <translation>STOMP</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="210"/>
        <source>a close frame is not a STOMP frame</source>
        <translation>ein Close-Frame ist kein STOMP-Frame</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="64"/>
        <source>the frame ends inside its headers</source>
        <translation>der Frame endet innerhalb seiner Header</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="69"/>
        <source>a header line without &quot;:&quot;</source>
        <translation>eine Header-Zeile ohne „:“</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="73"/>
        <source>an undefined escape in header &quot;%1&quot;</source>
        <translation>eine undefinierte Escape-Sequenz im Header „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="85"/>
        <source>the frame has no NUL terminator</source>
        <translation>dem Frame fehlt der NUL-Abschluss</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="93"/>
        <source>content-length &quot;%1&quot; is not a size</source>
        <translation>content-length „%1“ ist keine Größe</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="95"/>
        <source>body cut short: %1 of %2 bytes</source>
        <translation>Body abgeschnitten: %1 von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="97"/>
        <source>no NUL after the %1 bytes of content-length</source>
        <translation>kein NUL nach den %1 Bytes von content-length</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="108"/>
        <source>the frame ends inside its command</source>
        <translation>der Frame endet innerhalb seines Befehls</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="111"/>
        <source>unknown STOMP command &quot;%1&quot;</source>
        <translation>unbekannter STOMP-Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>Sockscope::TextDecoder</name>
    <message>
        <location filename="../app/core/decode/textdecoder.cpp" line="33"/>
        <source>Text (UTF-8)</source>
        <translation>Text (UTF-8)</translation>
    </message>
</context>
<context>
    <name>Sockscope::TlsFiles</name>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="13"/>
        <source>cannot read certificate file %1: %2</source>
        <translation>Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="18"/>
        <source>no PEM certificate in %1</source>
        <translation>kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="26"/>
        <source>cannot read key file %1: %2</source>
        <translation>Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="35"/>
        <source>no usable PEM private key in %1 (encrypted keys are not supported)</source>
        <translation>kein verwendbarer privater PEM-Schlüssel in %1 (verschlüsselte Schlüssel werden nicht unterstützt)</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="55"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="59"/>
        <source>peer not verified (verification off)</source>
        <translation>Gegenstelle nicht geprüft (Prüfung abgeschaltet)</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="60"/>
        <source>peer not verified (verification off): %1</source>
        <translation>Gegenstelle nicht geprüft (Prüfung abgeschaltet): %1</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="62"/>
        <source>peer verified</source>
        <translation>Gegenstelle geprüft</translation>
    </message>
</context>
<context>
    <name>Sockscope::TrafficChart</name>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="38"/>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="40"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="42"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="50"/>
        <source>Messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="52"/>
        <source>Frames/s</source>
        <translation>Frames/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="54"/>
        <source>Wire bytes/s</source>
        <translation>Leitungsbytes/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="56"/>
        <source>Inflated bytes/s</source>
        <translation>Dekomprimierte Bytes/s</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="58"/>
        <source>Round trip (ms)</source>
        <translation>Umlaufzeit (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="60"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="95"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="95"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="109"/>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="198"/>
        <source>%1: %2 in, %3 out</source>
        <translation>%1: %2 ein, %3 aus</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="209"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="215"/>
        <source>%1
Incoming: %2
Outgoing: %3</source>
        <translation>%1
Eingehend: %2
Ausgehend: %3</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="317"/>
        <source>Message size</source>
        <translation>Nachrichtengröße</translation>
    </message>
</context>
<context>
    <name>Sockscope::TrafficStats</name>
    <message>
        <location filename="../app/core/models/trafficstats.cpp" line="253"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/trafficstats.cpp" line="256"/>
        <source>%1 to &lt; %2</source>
        <translation>%1 bis &lt; %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketClient</name>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="19"/>
        <source>connection timed out after %1 ms</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau nach %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="34"/>
        <source>invalid URL: %1</source>
        <translation>ungültige URL: %1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="36"/>
        <source>unsupported URL scheme &quot;%1&quot;: use ws:// or wss://</source>
        <translation>nicht unterstütztes URL-Schema „%1“: verwenden Sie ws:// oder wss://</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="38"/>
        <source>a WebSocket URL cannot have a fragment: %1</source>
        <translation>eine WebSocket-URL darf kein Fragment haben: %1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="43"/>
        <source>a client certificate needs both a certificate and a key file</source>
        <translation>ein Client-Zertifikat braucht sowohl eine Zertifikats- als auch eine Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <location filename="../app/net/websocketclient.cpp" line="99"/>
        <source>TLS certificate verification failed: %1</source>
        <translation>Prüfung des TLS-Zertifikats fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="125"/>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="198"/>
        <source>invalid handshake response: %1</source>
        <translation>ungültige Handshake-Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="258"/>
        <source>server closed the connection during the handshake</source>
        <translation>Server hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="319"/>
        <location filename="../app/net/websocketclient.cpp" line="330"/>
        <source>connection attempt cancelled</source>
        <translation>Verbindungsversuch abgebrochen</translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketConversation</name>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="65"/>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="65"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="109"/>
        <source>cannot decode: TLS-encrypted traffic (wss://); only its endpoints are listed</source>
        <translation>kann nicht dekodiert werden: TLS-verschlüsselter Verkehr (wss://); nur die Endpunkte werden aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="134"/>
        <source>no WebSocket handshake in the capture: frames found by a heuristic%1</source>
        <translation>kein WebSocket-Handshake im Mitschnitt: Frames heuristisch gefunden%1</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="135"/>
        <source>, permessage-deflate assumed</source>
        <translation>, permessage-deflate angenommen</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="153"/>
        <source>from a packet capture: %1 → %2</source>
        <translation>aus einem Paketmitschnitt: %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="154"/>
        <source>from a packet capture: %1 → %2; %3</source>
        <translation>aus einem Paketmitschnitt: %1 → %2; %3</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="208"/>
        <source>upgrade refused with status %1</source>
        <translation>Upgrade mit Status %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="254"/>
        <source>cannot decode the %1&apos;s frames: %2; looking for the next frame</source>
        <translation>die Frames des %1s können nicht dekodiert werden: %2; suche den nächsten Frame</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="279"/>
        <source>the %1 broke RFC 6455: %2</source>
        <translation>der %1 hat gegen RFC 6455 verstoßen: %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="285"/>
        <source>closed by the %1</source>
        <translation>vom %1 geschlossen</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="329"/>
        <source>gap in the capture: %1 bytes of the %2&apos;s data missing; the frame in progress (%3 of %4 payload bytes seen) is lost, decoding resumes at the next frame found</source>
        <translation>Lücke im Mitschnitt: %1 Bytes der Daten des %2s fehlen; der laufende Frame (%3 von %4 Payload-Bytes gesehen) ist verloren, die Dekodierung setzt beim nächsten gefundenen Frame wieder ein</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="335"/>
        <source>gap in the capture: %1 bytes of the %2&apos;s data missing; decoding resumes at the next frame found</source>
        <translation>Lücke im Mitschnitt: %1 Bytes der Daten des %2s fehlen; die Dekodierung setzt beim nächsten gefundenen Frame wieder ein</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="350"/>
        <source>the TCP connection ended without a closing handshake</source>
        <translation>die TCP-Verbindung endete ohne Close-Handshake</translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketServer</name>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="87"/>
        <source>wss:// needs both a certificate and a key file</source>
        <translation>wss:// braucht sowohl eine Zertifikats- als auch eine Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="103"/>
        <location filename="../app/net/websocketserver.cpp" line="124"/>
        <source>too many open files: %1 peers; raise `ulimit -n`</source>
        <translation>zu viele offene Dateien: %1 Peers; erhöhen Sie `ulimit -n`</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="105"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="125"/>
        <source>cannot accept a connection: %1</source>
        <translation>Verbindung kann nicht angenommen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="197"/>
        <source>no complete handshake within %1 ms</source>
        <translation>kein vollständiger Handshake innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="202"/>
        <source>peer closed the connection during the handshake</source>
        <translation>Gegenstelle hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="223"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="240"/>
        <source>invalid handshake request: %1</source>
        <translation>ungültige Handshake-Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="273"/>
        <source>upgrade refused with %1 %2</source>
        <translation>Upgrade abgelehnt mit %1 %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketSession</name>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="44"/>
        <source>close handshake timed out</source>
        <translation>Zeitüberschreitung beim Close-Handshake</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="56"/>
        <source>no answer to a ping within %1 ms: the connection is half-open</source>
        <translation>keine Antwort auf einen Ping innerhalb von %1 ms: Die Verbindung ist halb offen</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="363"/>
        <source>aborted locally</source>
        <translation>lokal abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="371"/>
        <source>clean close</source>
        <translation>sauber geschlossen</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="371"/>
        <source>connection dropped without a close handshake</source>
        <translation>Verbindung ohne Close-Handshake abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="383"/>
        <source>connection lost mid-frame: %1 of %2 payload bytes of a frame with opcode %3 arrived</source>
        <translation>Verbindung mitten im Frame verloren: %1 von %2 Payload-Bytes eines Frames mit Opcode %3 kamen an</translation>
    </message>
</context>
<context>
    <name>Sockscope::Workspace</name>
    <message>
        <location filename="../app/net/workspace.cpp" line="87"/>
        <source>nothing is being recorded</source>
        <translation>es wird nichts aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/net/workspace.cpp" line="131"/>
        <source>%1 has no connection with messages to replay</source>
        <translation>%1 hat keine Verbindung mit Nachrichten für ein Replay</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Desktop WebSocket inspector: without arguments it opens the main window.

Subcommands (headless): %1. Run &apos;sockscope SUBCOMMAND --help&apos; for details.</source>
        <translation>Desktop-Inspektor für WebSocket: ohne Argumente öffnet er das Hauptfenster.

Unterbefehle (ohne Oberfläche): %1. Details mit „sockscope UNTERBEFEHL --help“.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="79"/>
        <source>Open a demo session: a local echo server and a client connected to it.</source>
        <translation>Eine Demo-Sitzung öffnen: ein lokaler Echo-Server und ein damit verbundener Client.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="82"/>
        <source>Capture to open.</source>
        <translation>Zu öffnender Mitschnitt.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>only one capture file can be opened at a time</source>
        <translation>es kann nur eine Mitschnittdatei gleichzeitig geöffnet werden</translation>
    </message>
</context>
</TS>
