<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Sockscope::CaptureCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/capturecommands.cpp" line="36"/>
        <source>%1 takes %n file argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="49"/>
        <source>Print the frames and events of a capture (.wscap, .har or .jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="50"/>
        <source>Capture to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="51"/>
        <source>Print one JSON object per event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="80"/>
        <source>Convert a capture between .wscap, .har and .jsonl (by extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="81"/>
        <source>Capture to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="82"/>
        <source>File to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="95"/>
        <source>input and output are the same file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureFiles</name>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="24"/>
        <source>%1: pcap/pcapng import is not available yet (CAP-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="26"/>
        <source>%1: unknown capture format &quot;%2&quot;; use .wscap, .har or .jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="33"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="94"/>
        <source>export of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureReader</name>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="179"/>
        <source>capture %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="187"/>
        <source>cannot open capture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="193"/>
        <source>%1 is empty, not a Sockscope capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="202"/>
        <source>%1 is not a Sockscope capture: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="207"/>
        <source>%1 is an SQLite database but not a Sockscope capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="214"/>
        <source>%1 has capture format version %2; this Sockscope reads versions 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="228"/>
        <source>cannot read capture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="246"/>
        <source>the file is cut short; its %1 remaining pages were read one by one, %2 of them unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="265"/>
        <source>%1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/capture/capturereader.cpp" line="272"/>
        <source>capture %1 is damaged: %n row(s) could not be read (first: %2); every intact row was recovered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureWriter</name>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="68"/>
        <source>cannot create capture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="107"/>
        <source>cannot prepare capture statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="270"/>
        <location filename="../app/core/capture/capturewriter.cpp" line="284"/>
        <source>recording stopped: cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="347"/>
        <source>recording stopped: capture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseCode</name>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="11"/>
        <source>Normal Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="12"/>
        <source>Going Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="13"/>
        <source>Protocol Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="14"/>
        <source>Unsupported Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="15"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="16"/>
        <source>No Status Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="17"/>
        <source>Abnormal Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="18"/>
        <source>Invalid Frame Payload Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="19"/>
        <source>Policy Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="20"/>
        <source>Message Too Big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="21"/>
        <source>Mandatory Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="22"/>
        <source>Internal Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="23"/>
        <source>Service Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="24"/>
        <source>Try Again Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="25"/>
        <source>Bad Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="26"/>
        <source>TLS Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="30"/>
        <location filename="../app/core/protocol/closecode.cpp" line="37"/>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="32"/>
        <source>Reserved for the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="34"/>
        <source>Registered (libraries and frameworks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="36"/>
        <source>Private use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseCodes</name>
    <message>
        <location filename="../ui/composer/closecodes.cpp" line="37"/>
        <source>%1 (%2) is reserved and must never be sent in a Close frame. Use the raw frame builder to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/closecodes.cpp" line="40"/>
        <source>%1 is not a close code a peer may send: use 1000–1003, 1007–1014 or 3000–4999. Use the raw frame builder to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseEditor</name>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="32"/>
        <source>1000–1003, 1007–1014 or 3000–4999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="37"/>
        <source>Optional reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="42"/>
        <source>Send &amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="49"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="51"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="72"/>
        <source>Start the closing handshake with this code and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="81"/>
        <source>Enter a close code, a number such as 1000 or 4000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="90"/>
        <source>%1 / %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="92"/>
        <source>The reason is %1 bytes of UTF-8; a Close frame allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="69"/>
        <source>&apos;%1&apos; is not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::Composer</name>
    <message>
        <location filename="../ui/composer/composer.cpp" line="46"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="47"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="48"/>
        <source>Binary (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="49"/>
        <source>Binary (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="66"/>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="71"/>
        <location filename="../ui/composer/composer.cpp" line="281"/>
        <source>All peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="80"/>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="81"/>
        <source>P&amp;ing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="82"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="88"/>
        <source>&amp;Raw frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="120"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="122"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="124"/>
        <source>Check the JSON and pretty-print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="133"/>
        <source>File whose bytes are sent as one binary message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="134"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="155"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="156"/>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="157"/>
        <source>Split the message into frames of this many bytes (0 sends one frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="158"/>
        <source>Fr&amp;agment into frames of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="163"/>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="164"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="170"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="172"/>
        <source>&amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="177"/>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="179"/>
        <source>Stop repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="180"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="241"/>
        <source>Snippet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="242"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="244"/>
        <source>Save the current message under this name, replacing a snippet of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="246"/>
        <source>L&amp;oad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="248"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="255"/>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="310"/>
        <source>Stopped after %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="337"/>
        <source>Invalid JSON at offset %1 (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="357"/>
        <source>Choose a file to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="365"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="381"/>
        <source>Message text, sent as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="384"/>
        <source>{&quot;type&quot;: &quot;subscribe&quot;, &quot;channel&quot;: &quot;ticker&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="387"/>
        <source>Hex bytes such as 81 85 37fa or 0x81, 0x85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="411"/>
        <source>Send File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="424"/>
        <source>No such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="426"/>
        <source>A folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="466"/>
        <source>Sent %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="473"/>
        <source>Nothing to send to: there is no open connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="478"/>
        <source>A repeat is running; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="480"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectCommand</name>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="22"/>
        <source>--proxy takes http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="27"/>
        <source>--proxy needs a host and a port: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="49"/>
        <source>Open a WebSocket client connection and print every frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="50"/>
        <source>ws:// or wss:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="51"/>
        <source>Extra request header (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="52"/>
        <source>Offer a subprotocol (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="53"/>
        <source>Origin header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="54"/>
        <source>Offer permessage-deflate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="55"/>
        <source>Do not verify the server&apos;s TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="56"/>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="57"/>
        <source>Client certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="58"/>
        <source>Client certificate key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="59"/>
        <source>HTTP CONNECT or SOCKS5 proxy: http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="60"/>
        <source>Connect timeout in seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="61"/>
        <source>Send a ping every S seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="62"/>
        <source>Send this text message (repeatable), before standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="63"/>
        <source>Send every received data message back until the server closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="64"/>
        <source>Close after N data messages received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="65"/>
        <source>Seconds to wait for replies after the input ends (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="66"/>
        <source>Do not read messages from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="67"/>
        <source>Largest message accepted, in bytes (default 256 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="86"/>
        <source>connect needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="86"/>
        <source>connect takes one URL, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="95"/>
        <source>--header needs NAME:VALUE, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="121"/>
        <source>--%1 takes a number of seconds, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="142"/>
        <source>--count takes a positive number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="150"/>
        <source>--max-message takes a number of bytes, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="168"/>
        <source>warning: TLS certificate verification is off (--insecure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionTreeModel</name>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="82"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="83"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="84"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="84"/>
        <source>closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="85"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="86"/>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="87"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="106"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="107"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="108"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="109"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="110"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="171"/>
        <source>subprotocol %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionsView</name>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="47"/>
        <source>Stop server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="52"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="52"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="53"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="55"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="56"/>
        <source>Close with code…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::DemoSession</name>
    <message>
        <location filename="../app/net/demosession.cpp" line="38"/>
        <source>Hello from Sockscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/demosession.cpp" line="42"/>
        <source>A longer message, sent in fragments of 16 bytes each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::EventPrinter</name>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="49"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="51"/>
        <source> mask=unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="53"/>
        <source> (inflated %1 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="60"/>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="62"/>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="64"/>
        <source>peer %1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="71"/>
        <source>open (subprotocol: %1, extensions: %2, upgrade %3 µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="72"/>
        <location filename="../app/core/events/eventprinter.cpp" line="73"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="76"/>
        <source>closed %1 (%2) &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="80"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="82"/>
        <source>protocol error, closing with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="84"/>
        <source>server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/events/eventprinter.cpp" line="86"/>
        <source>TLS %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::FilePathEdit</name>
    <message>
        <location filename="../ui/dialogs/filepathedit.cpp" line="16"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::FilterBar</name>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="21"/>
        <location filename="../ui/framelog/filterbar.cpp" line="110"/>
        <source>All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="25"/>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="26"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="27"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="30"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="31"/>
        <source>Data frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="32"/>
        <source>Control frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="33"/>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="34"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="37"/>
        <source>Any opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="44"/>
        <source>Filter by payload text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="46"/>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="51"/>
        <source>≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="52"/>
        <source> B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="53"/>
        <source>Minimum payload length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="55"/>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="56"/>
        <source>Find previous (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="58"/>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="59"/>
        <source>Find next (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="135"/>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameBytesLayout</name>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="94"/>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="96"/>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="98"/>
        <source>FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="94"/>
        <source>FIN 1: the final fragment of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="96"/>
        <source>FIN 0: a control frame must not be fragmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="98"/>
        <source>FIN 0: more fragments of this message follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="101"/>
        <source>RSV1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="102"/>
        <source>RSV1 1: set; the message is compressed if permessage-deflate was negotiated, otherwise a protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="104"/>
        <source>RSV1 0: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="109"/>
        <source>RSV%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="110"/>
        <source>RSV%1 1: set; a protocol error unless a negotiated extension defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="111"/>
        <source>RSV%1 0: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="118"/>
        <source>opcode %1: continuation frame (the next fragment of a message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="119"/>
        <source>opcode %1: text frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="120"/>
        <source>opcode %1: binary frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="121"/>
        <source>opcode %1: connection close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="122"/>
        <source>opcode %1: ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="123"/>
        <source>opcode %1: pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="125"/>
        <source>opcode %1: reserved control opcode, a protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="126"/>
        <source>opcode %1: reserved non-control opcode, a protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="130"/>
        <source>Opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="137"/>
        <source>MASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="138"/>
        <source>MASK 1: the payload is masked with the 4-byte key that follows (client to server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="139"/>
        <source>MASK 0: the payload is not masked (server to client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="142"/>
        <source>payload length %1 in the 7-bit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="144"/>
        <source>126: the length follows in the 16-bit extended length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="146"/>
        <source>127: the length follows in the 64-bit extended length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="147"/>
        <source>Payload length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="160"/>
        <source>length %1 in the %2-bit extended length (%3 marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="164"/>
        <source>not the shortest encoding: RFC 6455 requires %1 for this length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="165"/>
        <source>the 7-bit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="165"/>
        <source>the 16-bit extended length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="169"/>
        <source>the most significant bit of a 64-bit length must be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="173"/>
        <source>Extended payload length (16-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="173"/>
        <source>Extended payload length (64-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="189"/>
        <source>Masking key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="190"/>
        <source>mask key %1: payload byte i is XORed with key byte i mod 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hexview/framebyteslayout.cpp" line="197"/>
        <source>payload, %n byte(s), masked on the wire with key %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hexview/framebyteslayout.cpp" line="198"/>
        <source>payload, %n byte(s), not masked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="202"/>
        <source>the header announces %1 bytes, %2 were captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="206"/>
        <source>a control frame payload must not exceed 125 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="209"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="274"/>
        <source>header byte %1: 0x%2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="281"/>
        <source>payload byte %1 at offset %2: 0x%3 on the wire, 0x%4%5 unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="286"/>
        <source>payload byte %1 at offset %2: 0x%3%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameLogModel</name>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="130"/>
        <source>loading %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="202"/>
        <source>(payload not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="209"/>
        <source>subprotocol: %1; extensions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="210"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="212"/>
        <source>%1 %2 &quot;%3&quot; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="216"/>
        <source>closing with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="282"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="282"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="310"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="311"/>
        <source>Relative (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="312"/>
        <source>Conn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="313"/>
        <source>Dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="314"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="315"/>
        <source>FIN RSV M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="316"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="317"/>
        <source>Inflated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="318"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::Handshake</name>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="84"/>
        <source>server refused the upgrade: HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="90"/>
        <source> (redirect to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="94"/>
        <source>101 response without &quot;Upgrade: websocket&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="98"/>
        <source>101 response without &quot;Connection: Upgrade&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="104"/>
        <source>Sec-WebSocket-Accept is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="111"/>
        <source>server chose a subprotocol that was not offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="120"/>
        <source>server enabled extensions that were not offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="143"/>
        <source>the opening handshake must be a GET request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="145"/>
        <source>the opening handshake must use HTTP/1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="147"/>
        <source>not a WebSocket upgrade request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="150"/>
        <source>unsupported Sec-WebSocket-Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="154"/>
        <source>Sec-WebSocket-Key is not 16 base64-encoded bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="157"/>
        <source>required header missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::HandshakeView</name>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="107"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="249"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="109"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="250"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="135"/>
        <source>Sec-WebSocket-Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="137"/>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="138"/>
        <source>Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="139"/>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="151"/>
        <source>Extension / parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="151"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="203"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="157"/>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="159"/>
        <source>Subprotocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="160"/>
        <source>Offered subprotocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="161"/>
        <source>Extensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="162"/>
        <source>Offered extensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="175"/>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="177"/>
        <source>DNS lookup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="178"/>
        <source>TCP connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="179"/>
        <source>TLS handshake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="180"/>
        <source>HTTP upgrade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="187"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="203"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="237"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="339"/>
        <source>No handshake selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="241"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="245"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="347"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="348"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="442"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="267"/>
        <source>Request (sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="267"/>
        <source>Request (received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="268"/>
        <source>Response (received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="268"/>
        <source>Response (sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="293"/>
        <source>No request recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="293"/>
        <source>No response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="304"/>
        <source>Cannot parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="327"/>
        <source>✓ Upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="332"/>
        <source>✗ Upgrade failed: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="332"/>
        <source>✗ Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="334"/>
        <source>No error message recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="339"/>
        <source>Handshake in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="350"/>
        <source>not checked: no request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="352"/>
        <source>not checked: the request has no Sec-WebSocket-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="354"/>
        <source>not checked: no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="356"/>
        <source>not checked: the response has no Sec-WebSocket-Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="358"/>
        <source>✓ match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="361"/>
        <source>✗ mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="368"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="393"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="394"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="402"/>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="406"/>
        <source>✓ valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="410"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="424"/>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="442"/>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="457"/>
        <source>%1. %2 — issued by %3, valid %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="464"/>
        <source>No peer certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="468"/>
        <source>TLS details (protocol, cipher, certificate chain) not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="470"/>
        <source>Not TLS (ws://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="472"/>
        <source>TLS (wss://). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="474"/>
        <source>TLS was used. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="476"/>
        <source>Unknown whether TLS was used. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::HarFormat</name>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="250"/>
        <source>export of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="266"/>
        <location filename="../app/core/capture/harformat.cpp" line="271"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="281"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="287"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="292"/>
        <source>%1 is not a HAR file: no log.entries array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="386"/>
        <source>%1: invalid WebSocket message in the entry for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="393"/>
        <source>%1: invalid control frame in the entry for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::HexParser</name>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="41"/>
        <source>&apos;%1&apos; is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="47"/>
        <source>&apos;0x&apos; is not followed by hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="52"/>
        <source>odd number of hex digits (%1); every byte needs two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="68"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::HexView</name>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="279"/>
        <source>No frame selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="560"/>
        <source>Copy Frame as &amp;Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="560"/>
        <source>Copy Selection as &amp;Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="563"/>
        <source>Copy Frame as &amp;Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="563"/>
        <source>Copy Selection as &amp;Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="565"/>
        <source>Copy Frame as &amp;C Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="565"/>
        <source>Copy Selection as &amp;C Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="568"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="570"/>
        <source>Show Payload &amp;Masked as on the Wire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::HttpParser</name>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="77"/>
        <location filename="../app/core/protocol/httpmessage.cpp" line="82"/>
        <source>HTTP head exceeds %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="112"/>
        <source>malformed HTTP request line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="120"/>
        <source>malformed HTTP status line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="130"/>
        <source>malformed HTTP header line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="147"/>
        <source>invalid Content-Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="166"/>
        <source>malformed chunked body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="236"/>
        <source>connection closed before the HTTP head was complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::JsonlFormat</name>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="136"/>
        <source>unknown event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="143"/>
        <source>&quot;ts_ns&quot; must be a string of nanoseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="152"/>
        <source>&quot;%1&quot; is not valid for its encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="162"/>
        <source>&quot;header_hex&quot; is not a frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="219"/>
        <location filename="../app/core/capture/jsonlformat.cpp" line="233"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="229"/>
        <source>export of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="243"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="257"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="261"/>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Captures (*.wscap *.har *.jsonl);;Sockscope capture (*.wscap);;HAR (*.har);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Recording stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Hand&amp;shake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>Autoscroll paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>New &amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>New &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Open Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Import HAR or JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Autoscroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>&amp;Close with Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>&amp;About Sockscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>About Sockscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>&lt;b&gt;Sockscope %1&lt;/b&gt;&lt;p&gt;A desktop WebSocket inspector: every byte of every handshake and frame.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Not recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="311"/>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>Demo exchange complete: select a row to see its bytes and handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359"/>
        <source>Connection #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>Rows: %1 · Active: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>Read-only capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>Not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>unsaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>%1[*] — Sockscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>Close with Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Close code (1000–4999):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Open Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <location filename="../ui/mainwindow.cpp" line="589"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>Opening capture: %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>Cannot open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="579"/>
        <source>Opened %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Damaged capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="608"/>
        <location filename="../ui/mainwindow.cpp" line="637"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="611"/>
        <location filename="../ui/mainwindow.cpp" line="641"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="618"/>
        <source>Save Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>Unsaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="656"/>
        <source>The current session has not been saved. Save it first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="689"/>
        <source>Recover session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690"/>
        <source>%1 session(s) from an earlier run did not end cleanly. Open the most recent one, %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::MessageReader</name>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="35"/>
        <source>client frame is not masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="37"/>
        <source>server frame is masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="39"/>
        <source>reserved opcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="41"/>
        <source>RSV2/RSV3 set without a negotiated extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="44"/>
        <source>RSV1 set on a control or continuation frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="45"/>
        <source>RSV1 set without a negotiated extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="47"/>
        <source>frame exceeds the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="55"/>
        <source>control frame payload of %1 bytes exceeds 125</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="57"/>
        <source>fragmented control frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="77"/>
        <source>close frame with a 1-byte payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="81"/>
        <source>invalid close code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="83"/>
        <source>close reason is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="92"/>
        <source>continuation frame without a message in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="95"/>
        <source>new data frame while a fragmented message is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="111"/>
        <source>inflated message exceeds %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="114"/>
        <source>frame cannot be inflated with the negotiated context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="118"/>
        <source>message exceeds %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="121"/>
        <source>text message is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="132"/>
        <source>text message ends inside a UTF-8 sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::NewConnectionDialog</name>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="42"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="56"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="69"/>
        <source>ws://localhost:8080/ or wss://example.com/socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="71"/>
        <source>comma-separated, e.g. chat, superchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="72"/>
        <source>none, e.g. https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="73"/>
        <source>Offer permessage-&amp;deflate compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="74"/>
        <source>&amp;Skip certificate verification (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="75"/>
        <source>CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="76"/>
        <source>Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="77"/>
        <source>Client Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="78"/>
        <source>the URL&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="80"/>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="82"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="83"/>
        <source>optional, never saved in profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="86"/>
        <source>&amp;Reconnect automatically, with exponential back-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="92"/>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="101"/>
        <source>⚠ Certificate verification is off: anyone on the network path can pose as the server and read or change the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="106"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="110"/>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="111"/>
        <source>&amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="112"/>
        <source>Pro&amp;xy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="113"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="116"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="152"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="152"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="157"/>
        <source>&amp;Add Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="159"/>
        <source>Remo&amp;ve Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="174"/>
        <source>Su&amp;bprotocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="175"/>
        <source>&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="179"/>
        <source>Extra headers, sent in this order after the standard ones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="189"/>
        <source>These settings apply to wss:// URLs. Certificates are verified against the system&apos;s trusted CAs and the CA file below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="194"/>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="195"/>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="196"/>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="197"/>
        <source>Server &amp;name (SNI):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="204"/>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="205"/>
        <source>HTTP CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="206"/>
        <source>SOCKS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="213"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="214"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="215"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="216"/>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="217"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="223"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="227"/>
        <source>Co&amp;nnect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="228"/>
        <source>Automatic p&amp;ing every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="230"/>
        <source>&amp;First retry after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="231"/>
        <source>&amp;Longest wait between retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="307"/>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="374"/>
        <source>A header with the value &quot;%1&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="376"/>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="380"/>
        <source>The value of header %1 contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="384"/>
        <source>&quot;%1&quot; is not a valid subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="387"/>
        <source>The proxy needs a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="389"/>
        <source>The first reconnect delay is longer than the longest wait between retries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::NewServerDialog</name>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="45"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="56"/>
        <source>Server Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="57"/>
        <source>Server Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="59"/>
        <source>Accept permessage-&amp;deflate compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="62"/>
        <source>Capture to Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="63"/>
        <source>Captures (*.wscap *.har *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="67"/>
        <source>New Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="74"/>
        <source>The IP address to listen on. Loopback (127.0.0.1, ::1) accepts only this machine; 0.0.0.0 and :: accept every network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="78"/>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="83"/>
        <source>none; comma-separated, in order of preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="84"/>
        <source>The server picks the first of these that the client offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="87"/>
        <source>none; comma-separated names, e.g. Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="88"/>
        <source>A client whose upgrade request lacks one of these headers is refused with 400 Bad Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="91"/>
        <source>Echo: send each message back to its sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="92"/>
        <source>Broadcast: send each message to every peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="93"/>
        <source>Manual: you type the replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="94"/>
        <source>Replay: answer with the server messages of a capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="97"/>
        <source>After each client message, as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="98"/>
        <source>With the original timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="101"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="103"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="105"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="107"/>
        <source>TLS (wss://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="109"/>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="110"/>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="112"/>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="114"/>
        <source>Su&amp;bprotocols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="116"/>
        <source>Required &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="118"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="120"/>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="121"/>
        <source>Capture &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="122"/>
        <source>&amp;Replies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="125"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="214"/>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="250"/>
        <source>&quot;%1&quot; is not an IP address to listen on: use e.g. 127.0.0.1 or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="255"/>
        <source>A wss:// server needs a private key file with its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="257"/>
        <source>A wss:// server needs a certificate file with its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="265"/>
        <source>&quot;%1&quot; is not a valid subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="269"/>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="274"/>
        <source>Choose a capture file to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="277"/>
        <source>Cannot read the capture file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="294"/>
        <source>⚠ Listening on every network interface: other machines can connect to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="295"/>
        <source>⚠ %1 is not a loopback address: other machines can connect to this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::OutputOptions</name>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="42"/>
        <source>Record the session into this .wscap capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="43"/>
        <source>Print one JSON object per event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::PerMessageDeflate</name>
    <message>
        <location filename="../app/core/protocol/permessagedeflate.cpp" line="125"/>
        <source>server answered with %1 extensions, only permessage-deflate was offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/permessagedeflate.cpp" line="131"/>
        <source>server accepted an extension that was not offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/protocol/permessagedeflate.cpp" line="146"/>
        <source>invalid permessage-deflate parameter in the server&apos;s response: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::PingEditor</name>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="23"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="23"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="27"/>
        <source>Optional payload, echoed back in the Pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="32"/>
        <source>Send &amp;Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="39"/>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="60"/>
        <source>Send a Ping frame with this payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="77"/>
        <source>%1 / %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="79"/>
        <source>The payload is %1 bytes; a Ping carries at most %2. Use the raw frame builder to send a longer one anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::ProfileBar</name>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="17"/>
        <source>Choose a saved profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="20"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="22"/>
        <source>Save the form as a named profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="23"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="25"/>
        <source>Delete the chosen profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="28"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="63"/>
        <source>Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="63"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="75"/>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="75"/>
        <source>Delete the saved profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::RawFrameEditor</name>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="34"/>
        <source>7-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="35"/>
        <source>16-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="36"/>
        <source>64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="45"/>
        <source>Continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="46"/>
        <location filename="../ui/composer/rawframeeditor.cpp" line="124"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="47"/>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="48"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="49"/>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="50"/>
        <source>Pong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="52"/>
        <source>reserved data opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="52"/>
        <source>reserved control opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="80"/>
        <source>FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="80"/>
        <source>Final fragment of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="82"/>
        <source>RSV1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="82"/>
        <source>Reserved bit 1 (&quot;compressed&quot; with permessage-deflate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="83"/>
        <source>RSV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="83"/>
        <source>Reserved bit 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="84"/>
        <source>RSV3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="84"/>
        <source>Reserved bit 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="96"/>
        <source>Reserved by RFC 6455: a peer must fail the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="101"/>
        <source>MASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="101"/>
        <source>Mask the payload (clients must, servers must not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="103"/>
        <location filename="../ui/composer/rawframeeditor.cpp" line="106"/>
        <location filename="../ui/composer/rawframeeditor.cpp" line="247"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="107"/>
        <source>8 hex digits such as 37fa213d, or &quot;random&quot; for a new key per frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="112"/>
        <source>The payload length written in the header; empty writes the real length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="115"/>
        <source>Shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="116"/>
        <source>Force 16-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="117"/>
        <source>Force 64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="118"/>
        <source>RFC 6455 requires the shortest encoding; a longer one tests the peer&apos;s parser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="124"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="129"/>
        <source>Payload as typed; masked on the wire when MASK is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="141"/>
        <source>Send &amp;Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="145"/>
        <source>Bits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="146"/>
        <source>Opcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="147"/>
        <source>Mask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="147"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="151"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="153"/>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="155"/>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="181"/>
        <source>Send exactly this frame, however invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="211"/>
        <source>Payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="216"/>
        <source>real length (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="223"/>
        <source>Length: at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="235"/>
        <source>Length %1 in a %2 field, longer than needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="237"/>
        <source>Length %1 in a %2 field: it does not fit in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="240"/>
        <source>Length %1 in a %2 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="251"/>
        <source>Mask key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="253"/>
        <source>Mask key: needs 4 bytes (8 hex digits), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="269"/>
        <source>A valid frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="270"/>
        <source>Breaks RFC 6455: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="270"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="286"/>
        <source>%1   (header %2 B, payload %3 B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="296"/>
        <source>RSV1 set (only valid with permessage-deflate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="298"/>
        <source>RSV2/RSV3 set with no extension defining them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="300"/>
        <source>reserved opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="302"/>
        <source>fragmented control frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="304"/>
        <source>control frame longer than 125 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="306"/>
        <source>length field %1, payload size %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="308"/>
        <source>length not in the shortest encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="310"/>
        <source>64-bit length with the most significant bit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="312"/>
        <source>unmasked frame from a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="314"/>
        <source>masked frame from a server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayCommand</name>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="38"/>
        <source>%1 has no connection %2 with messages to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="41"/>
        <source>%1 has no connection with messages to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="50"/>
        <source>Replay a capture: its client messages against a server (--to), or its server messages to clients that connect (--serve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="52"/>
        <source>Capture (.wscap, .har or .jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="53"/>
        <source>Replay the client side against this ws:// or wss:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="54"/>
        <source>Run a mock server answering with the recorded server side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="55"/>
        <source>Scale the original timing (2 = twice as fast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="56"/>
        <source>Send as fast as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="57"/>
        <source>--serve: send by the original timing instead of after each client message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="58"/>
        <source>Replay this connection id of the capture (default: the first with messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="59"/>
        <source>Compare the server&apos;s answers with the recording; exit 1 when they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="60"/>
        <source>Regular expression for volatile text to ignore in --diff (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="61"/>
        <source>Do not print every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="62"/>
        <source>Do not verify the server&apos;s TLS certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="63"/>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="79"/>
        <source>replay takes one capture file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="83"/>
        <source>replay needs exactly one of --to URL or --serve HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="87"/>
        <source>--speed and --asap exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="95"/>
        <source>--speed takes a positive number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="104"/>
        <source>--connection takes a connection id, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="111"/>
        <source>--ignore: invalid regular expression &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="124"/>
        <source>--serve takes HOST:PORT with a numeric address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="185"/>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="207"/>
        <source>same     #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="210"/>
        <source>changed  #%1: recorded &quot;%2&quot;, replayed &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="215"/>
        <source>missing  #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="218"/>
        <source>extra    +%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="223"/>
        <source>diff: %1 same, %2 changed, %3 missing, %4 extra</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::ServeCommand</name>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="21"/>
        <source>Run a local WebSocket server and print every frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="22"/>
        <source>Address to listen on (default 127.0.0.1:0, a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="23"/>
        <source>Send every message back to its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="24"/>
        <source>Send every message to all peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="25"/>
        <source>Answer with the server messages of a capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="26"/>
        <source>Accept permessage-deflate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="27"/>
        <source>Accept this subprotocol (repeatable, in order of preference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="28"/>
        <source>Refuse upgrades without this header (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="29"/>
        <source>Serve wss:// with this PEM certificate (chain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="30"/>
        <source>PEM private key of the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="31"/>
        <source>Largest message accepted, in bytes (default 256 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="32"/>
        <source>Print only the listening line and errors, not every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="49"/>
        <source>serve takes no positional arguments, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="53"/>
        <source>--echo, --broadcast and --replay exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="58"/>
        <source>--listen takes HOST:PORT with a numeric address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="62"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="79"/>
        <source>--max-message takes a number of bytes, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="110"/>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::TlsFiles</name>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="13"/>
        <source>cannot read certificate file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="18"/>
        <source>no PEM certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="26"/>
        <source>cannot read key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="35"/>
        <source>no usable PEM private key in %1 (encrypted keys are not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="49"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="52"/>
        <source>peer not verified (verification off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="53"/>
        <source>peer not verified (verification off): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="55"/>
        <source>peer verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketClient</name>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="19"/>
        <source>connection timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="35"/>
        <source>invalid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="37"/>
        <source>unsupported URL scheme &quot;%1&quot;: use ws:// or wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="39"/>
        <source>a WebSocket URL cannot have a fragment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="44"/>
        <source>a client certificate needs both a certificate and a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="100"/>
        <source>TLS certificate verification failed: %1 (give the CA with --ca-file, or --insecure to skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="127"/>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="200"/>
        <source>invalid handshake response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="260"/>
        <source>server closed the connection during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="322"/>
        <location filename="../app/net/websocketclient.cpp" line="333"/>
        <source>connection attempt cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketServer</name>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="65"/>
        <source>wss:// needs both a certificate and a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="82"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="140"/>
        <source>no complete handshake within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="144"/>
        <source>peer closed the connection during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="154"/>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="165"/>
        <source>invalid handshake request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketSession</name>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="44"/>
        <source>close handshake timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="317"/>
        <source>aborted locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="324"/>
        <source>clean close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="324"/>
        <source>connection dropped without a close handshake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sockscope::Workspace</name>
    <message>
        <location filename="../app/net/workspace.cpp" line="52"/>
        <source>nothing is being recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/workspace.cpp" line="102"/>
        <source>%1 has no connection with messages to replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Desktop WebSocket inspector.

Subcommands (headless): connect, serve. Run &apos;sockscope connect --help&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Open a demo session: a local echo server and a client connected to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>Capture to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>only one capture file can be opened at a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
