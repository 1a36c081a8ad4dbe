<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Sockscope::AboutDialog</name>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="29"/>
        <source>About Sockscope</source>
        <translation>关于 Sockscope</translation>
    </message>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="34"/>
        <source>Libraries:</source>
        <translation>库：</translation>
    </message>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="44"/>
        <source>&lt;h2&gt;Sockscope %1&lt;/h2&gt;&lt;p&gt;A desktop WebSocket inspector: every byte of every handshake and frame.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Copyright © the Sockscope authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later); it comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sockscope %1&lt;/h2&gt;&lt;p&gt;桌面 WebSocket 检查器：每次握手、每个帧的每一个字节尽收眼底。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;版权所有 © Sockscope 作者。依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）授权；不提供任何担保。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="65"/>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <location filename="../ui/appshell/aboutdialog.cpp" line="65"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>Sockscope::AppShell</name>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="26"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="28"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="33"/>
        <source>Rows dropped from the log by the retention limit (Settings); the recording keeps them</source>
        <translation>因保留上限（见设置）而从日志中丢弃的行数；录制文件仍保留这些行</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="41"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="43"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="46"/>
        <source>&amp;About Sockscope</source>
        <translation>关于 Sockscope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="47"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="86"/>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../ui/appshell/appshell.cpp" line="91"/>
        <source>Dropped: %1</source>
        <translation>已丢弃：%1</translation>
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
        <translation>关闭帧不是 base64</translation>
    </message>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="123"/>
        <source>not base64: characters outside one base64 alphabet, or bad padding</source>
        <translation>不是 base64：含有任一 base64 字母表之外的字符，或填充有误</translation>
    </message>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="128"/>
        <source>URL-safe base64</source>
        <translation>URL 安全 base64</translation>
    </message>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="128"/>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <location filename="../app/core/decode/base64decoder.cpp" line="130"/>
        <source>%1, %2, shown as %3</source>
        <translation>%1，%2，按 %3 显示</translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/capturecommands.cpp" line="29"/>
        <source>%1 takes %n file argument(s)</source>
        <translation>
            <numerusform>%1 需要 %n 个文件参数</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="98"/>
        <source>Capture to show.</source>
        <translation>要显示的捕获文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="99"/>
        <source>Print one JSON object per event.</source>
        <translation>每个事件输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="54"/>
        <source>Hide the values of Authorization, Proxy-Authorization, Cookie and Set-Cookie headers in what is written.</source>
        <translation>在写出的内容中隐去 Authorization、Proxy-Authorization、Cookie 和 Set-Cookie 标头的值。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="57"/>
        <source>Hide this header&apos;s values too (repeatable; implies --redact).</source>
        <translation>同时隐去此标头的值（可重复；隐含 --redact）。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="60"/>
        <source>Hide what this regular expression matches in data frames (repeatable; implies --redact).</source>
        <translation>在数据帧中隐去此正则表达式匹配的内容（可重复；隐含 --redact）。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="64"/>
        <source>Write [redacted] instead of one * per hidden byte.</source>
        <translation>写入 [redacted]，而不是每个隐去的字节写一个 *。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="80"/>
        <source>invalid --redact-regex &apos;%1&apos;: %2</source>
        <translation>无效的 --redact-regex“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="97"/>
        <source>Print the frames and events of a capture (.wscap, .har, .jsonl, .pcap or .pcapng).</source>
        <translation>输出捕获文件（.wscap、.har、.jsonl、.pcap 或 .pcapng）中的帧和事件。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="136"/>
        <source>Convert a capture between .wscap, .har and .jsonl (by extension); .pcap and .pcapng are read (WebSocket connections found in the TCP traffic), .pcapng is written.</source>
        <translation>按扩展名在 .wscap、.har 和 .jsonl 之间转换捕获文件；可读取 .pcap 和 .pcapng（从 TCP 流量中找出 WebSocket 连接），可写出 .pcapng。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="138"/>
        <source>Capture to read.</source>
        <translation>要读取的捕获文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="139"/>
        <source>File to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommands.cpp" line="155"/>
        <source>input and output are the same file: %1</source>
        <translation>输入和输出是同一个文件：%1</translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureFiles</name>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="50"/>
        <source>%1: unknown capture format &quot;%2&quot;; use .wscap, .har, .jsonl, .pcap or .pcapng</source>
        <translation>%1：未知的捕获格式“%2”；请使用 .wscap、.har、.jsonl、.pcap 或 .pcapng</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="57"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="111"/>
        <source>%1: export writes pcapng only; name the file .pcapng</source>
        <translation>%1：导出只写 pcapng 格式；请将文件命名为 .pcapng</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturefiles.cpp" line="129"/>
        <source>export of %1 cancelled</source>
        <translation>%1 的导出已取消</translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureReader</name>
    <message>
        <location filename="../app/core/capture/capturereader.cpp" line="28"/>
        <source>cannot read capture %1: %2</source>
        <translation>无法读取捕获文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/capture/capturereader.cpp" line="54"/>
        <source>capture %1 is damaged: %n row(s) could not be read (first: %2); every intact row was recovered</source>
        <translation>
            <numerusform>捕获文件 %1 已损坏：有 %n 行无法读取（第一处：%2）；所有完好的行均已恢复</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::CaptureWriter</name>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="56"/>
        <source>the folder %1 cannot be written to: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="91"/>
        <source>cannot create capture %1: %2</source>
        <translation>无法创建捕获文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="158"/>
        <source>cannot prepare capture statements: %1</source>
        <translation>无法准备捕获语句：%1</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="328"/>
        <source>recording stopped: the capture %1 was removed or replaced</source>
        <translation>录制已停止：捕获文件 %1 已被删除或替换</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="523"/>
        <source>recording stopped: cannot write to %1: %2</source>
        <translation>录制已停止：无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/capturewriter.cpp" line="532"/>
        <source>recording stopped: capture %1: %2</source>
        <translation>录制已停止：捕获文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Sockscope::CborDecoder</name>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="75"/>
        <source>an empty message holds no CBOR item</source>
        <translation>空消息中没有 CBOR 数据项</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="84"/>
        <source>%1 after the CBOR item</source>
        <translation>CBOR 数据项之后还有 %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="99"/>
        <source>cut short at byte %1</source>
        <translation>在第 %1 字节处被截断</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="100"/>
        <source>%1 at byte %2</source>
        <translation>第 %2 字节处：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="142"/>
        <location filename="../app/core/decode/cbordecoder.cpp" line="172"/>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="147"/>
        <source>a map of %1 entries</source>
        <translation>含 %1 个条目的映射</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="148"/>
        <source>an array of %1 items</source>
        <translation>含 %1 个元素的数组</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="149"/>
        <source>%1 is cut short at byte %2</source>
        <translation>%1在第 %2 字节处被截断</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="210"/>
        <source>a string of %1 is cut short at byte %2</source>
        <translation>长 %1 的字符串在第 %2 字节处被截断</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="240"/>
        <source>CBOR</source>
        <translation>CBOR</translation>
    </message>
    <message>
        <location filename="../app/core/decode/cbordecoder.cpp" line="258"/>
        <source>a close frame is not CBOR</source>
        <translation>关闭帧不是 CBOR</translation>
    </message>
</context>
<context>
    <name>Sockscope::ClientFlags</name>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="18"/>
        <source>--proxy takes http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;</source>
        <translation>--proxy 的格式为 http://HOST:PORT 或 socks5://HOST:PORT，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="22"/>
        <source>--proxy needs a host and a port: &quot;%1&quot;</source>
        <translation>--proxy 需要主机和端口：“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="31"/>
        <source>Do not verify the server&apos;s TLS certificate.</source>
        <translation>不验证服务器的 TLS 证书。</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="32"/>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="33"/>
        <source>Client certificate (PEM).</source>
        <translation>客户端证书（PEM）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="34"/>
        <source>Client certificate key (PEM).</source>
        <translation>客户端证书私钥（PEM）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="35"/>
        <source>HTTP CONNECT or SOCKS5 proxy: http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>HTTP CONNECT 或 SOCKS5 代理：http://HOST:PORT 或 socks5://HOST:PORT。</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="37"/>
        <source>Connect timeout in seconds (default 10).</source>
        <translation>连接超时，单位为秒（默认 10）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="39"/>
        <source>Largest message accepted, in bytes (default 256 MiB).</source>
        <translation>可接受的最大消息，单位为字节（默认 256 MiB）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="54"/>
        <source>--%1 takes a number of seconds, got &quot;%2&quot;</source>
        <translation>--%1 需要秒数，得到的是“%2”</translation>
    </message>
    <message>
        <location filename="../app/cli/clientflags.cpp" line="81"/>
        <source>--max-message takes a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-message 需要字节数，得到的是“%1”</translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseCode</name>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="12"/>
        <source>Normal Closure</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="14"/>
        <source>Going Away</source>
        <translation>端点离开</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="16"/>
        <source>Protocol Error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="18"/>
        <source>Unsupported Data</source>
        <translation>不支持的数据</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="20"/>
        <source>Reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="22"/>
        <source>No Status Received</source>
        <translation>未收到状态码</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="24"/>
        <source>Abnormal Closure</source>
        <translation>异常关闭</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="26"/>
        <source>Invalid Frame Payload Data</source>
        <translation>无效的帧负载数据</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="28"/>
        <source>Policy Violation</source>
        <translation>违反策略</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="30"/>
        <source>Message Too Big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="32"/>
        <source>Mandatory Extension</source>
        <translation>缺少必需扩展</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="34"/>
        <source>Internal Error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="36"/>
        <source>Service Restart</source>
        <translation>服务重启</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="38"/>
        <source>Try Again Later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="40"/>
        <source>Bad Gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="42"/>
        <source>TLS Handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="47"/>
        <location filename="../app/core/protocol/closecode.cpp" line="54"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="49"/>
        <source>Reserved for the protocol</source>
        <translation>协议保留</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="51"/>
        <source>Registered (libraries and frameworks)</source>
        <translation>已注册（库和框架）</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/closecode.cpp" line="53"/>
        <source>Private use</source>
        <translation>私有用途</translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseCodes</name>
    <message>
        <location filename="../ui/composer/closecodes.cpp" line="37"/>
        <source>%1 (%2) is reserved and must never be sent in a Close frame. Use the raw frame builder to send it anyway.</source>
        <translation>%1（%2）为保留值，绝不能在关闭帧中发送。如仍要发送，请使用原始帧构建器。</translation>
    </message>
    <message>
        <location filename="../ui/composer/closecodes.cpp" line="40"/>
        <source>%1 is not a close code a peer may send: use 1000–1003, 1007–1014 or 3000–4999. Use the raw frame builder to send it anyway.</source>
        <translation>%1 不是对端可以发送的关闭码：请使用 1000–1003、1007–1014 或 3000–4999。如仍要发送，请使用原始帧构建器。</translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseDecoder</name>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="23"/>
        <source>no status code</source>
        <translation>无状态码</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="29"/>
        <source>Close code and reason</source>
        <translation>关闭码和原因</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="40"/>
        <source>a close payload of 1 byte cannot hold a 2-byte code</source>
        <translation>1 字节的关闭负载无法容纳 2 字节的关闭码</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="45"/>
        <source>No status code (the receiver reports 1005)</source>
        <translation>无状态码（接收方报告 1005）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="48"/>
        <source>Code: %1 (%2)</source>
        <translation>关闭码：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="50"/>
        <source>This code must not be sent in a close frame (RFC 6455 §7.4).</source>
        <translation>此关闭码不得在关闭帧中发送（RFC 6455 §7.4）。</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="51"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/closedecoder.cpp" line="55"/>
        <source>The reason is not valid UTF-8 (a receiver closes with 1007).</source>
        <translation>原因不是有效的 UTF-8（接收方会以 1007 关闭）。</translation>
    </message>
</context>
<context>
    <name>Sockscope::CloseEditor</name>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="32"/>
        <source>1000–1003, 1007–1014 or 3000–4999</source>
        <translation>1000–1003、1007–1014 或 3000–4999</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="37"/>
        <source>Optional reason</source>
        <translation>可选的原因</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="42"/>
        <source>Send &amp;Close</source>
        <translation>发送关闭帧(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="49"/>
        <source>Code:</source>
        <translation>关闭码：</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="51"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="72"/>
        <source>Start the closing handshake with this code and reason</source>
        <translation>以此关闭码和原因开始关闭握手</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="81"/>
        <source>Enter a close code, a number such as 1000 or 4000.</source>
        <translation>请输入关闭码，即 1000 或 4000 之类的数字。</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="90"/>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <location filename="../ui/composer/closeeditor.cpp" line="92"/>
        <source>The reason is %1 bytes of UTF-8; a Close frame allows at most %2.</source>
        <translation>原因为 %1 字节的 UTF-8；关闭帧最多允许 %2 字节。</translation>
    </message>
</context>
<context>
    <name>Sockscope::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="49"/>
        <source>%1 (give the CA with --ca-file, or --insecure to skip)</source>
        <translation>%1（用 --ca-file 指定 CA，或用 --insecure 跳过验证）</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="92"/>
        <source>&apos;%1&apos; is neither a subcommand (%2) nor a capture file</source>
        <translation>“%1”既不是子命令（%2），也不是捕获文件</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="95"/>
        <source>cannot open &apos;%1&apos;: no such file</source>
        <translation>无法打开“%1”：文件不存在</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="120"/>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>未知的子命令“%1”</translation>
    </message>
</context>
<context>
    <name>Sockscope::Composer</name>
    <message>
        <location filename="../ui/composer/composer.cpp" line="56"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="58"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="60"/>
        <source>Binary (hex)</source>
        <translation>二进制（十六进制）</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="62"/>
        <source>Binary (file)</source>
        <translation>二进制（文件）</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="79"/>
        <source>Send &amp;to:</source>
        <translation>发送到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="84"/>
        <location filename="../ui/composer/composer.cpp" line="328"/>
        <source>All peers</source>
        <translation>所有对端</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="93"/>
        <source>&amp;Message</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="94"/>
        <source>P&amp;ing</source>
        <translation>Ping(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="95"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="101"/>
        <source>&amp;Raw frame</source>
        <translation>原始帧(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="153"/>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="155"/>
        <source>&amp;Format</source>
        <translation>格式化(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="157"/>
        <source>Check the JSON and pretty-print it</source>
        <translation>检查 JSON 并美化输出</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="179"/>
        <source>File whose bytes are sent as one binary message</source>
        <translation>其字节作为一条二进制消息发送的文件</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="180"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="203"/>
        <source>off</source>
        <translation>不分片</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="204"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="205"/>
        <source>Split the message into frames of this many bytes (0 sends one frame)</source>
        <translation>将消息按此字节数拆分为多个帧（0 表示只发送一个帧）</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="206"/>
        <source>Fr&amp;agment into frames of</source>
        <translation>分片(&amp;A)，每帧</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="221"/>
        <source> ×</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="222"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="228"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="230"/>
        <source>&amp;every</source>
        <translation>每隔(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="246"/>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="248"/>
        <source>Stop repeating</source>
        <translation>停止重复发送</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="249"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="288"/>
        <source>Snippet name</source>
        <translation>片段名称</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="289"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="291"/>
        <source>Save the current message under this name, replacing a snippet of the same name</source>
        <translation>以此名称保存当前消息，替换同名片段</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="293"/>
        <source>L&amp;oad</source>
        <translation>载入(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="295"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="302"/>
        <source>Snippets</source>
        <translation>片段</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="357"/>
        <source>Stopped after %1 of %2</source>
        <translation>已在 %1 / %2 次后停止</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="393"/>
        <source>Invalid JSON at offset %1 (line %2, column %3): %4</source>
        <translation>偏移 %1 处（第 %2 行，第 %3 列）的 JSON 无效：%4</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="413"/>
        <source>Choose a file to send.</source>
        <translation>请选择要发送的文件。</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="421"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="437"/>
        <source>Message text, sent as UTF-8</source>
        <translation>消息文本，以 UTF-8 发送</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="440"/>
        <source>{&quot;type&quot;: &quot;subscribe&quot;, &quot;channel&quot;: &quot;ticker&quot;}</source>
        <translation>{&quot;type&quot;: &quot;subscribe&quot;, &quot;channel&quot;: &quot;ticker&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="443"/>
        <source>Hex bytes such as 81 85 37fa or 0x81, 0x85</source>
        <translation>十六进制字节，例如 81 85 37fa 或 0x81, 0x85</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="504"/>
        <source>The JSON nests deeper than %1 levels; it is sent as typed</source>
        <translation>JSON 嵌套超过 %1 层；将按原样发送</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="515"/>
        <source>Send File</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="528"/>
        <source>No such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="530"/>
        <source>A folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="570"/>
        <source>Sent %1 of %2</source>
        <translation>已发送 %1 / %2 次</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="577"/>
        <source>Nothing to send to: there is no open connection.</source>
        <translation>无处可发：没有打开的连接。</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="582"/>
        <source>A repeat is running; stop it first.</source>
        <translation>正在重复发送；请先停止。</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp" line="584"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation>发送消息（Ctrl+Return）</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectCommand</name>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="84"/>
        <source>Open a WebSocket client connection and print every frame.</source>
        <translation>打开 WebSocket 客户端连接并输出每一帧。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="85"/>
        <source>ws:// or wss:// URL</source>
        <translation>ws:// 或 wss:// URL</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="28"/>
        <source>Extra request header (repeatable).</source>
        <translation>额外的请求标头（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="31"/>
        <source>Offer a subprotocol (repeatable).</source>
        <translation>提供子协议（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="32"/>
        <source>Origin header.</source>
        <translation>Origin 标头。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="34"/>
        <source>Offer permessage-deflate.</source>
        <translation>提供 permessage-deflate。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="36"/>
        <source>Send a ping every S seconds; one unanswered by the next closes the connection (1006, half-open).</source>
        <translation>每 S 秒发送一次 Ping；若到下一次仍未得到应答，则关闭连接（1006，半开连接）。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="40"/>
        <source>Send this text message (repeatable; on each connection), before standard input.</source>
        <translation>在标准输入之前发送此文本消息（可重复；在每个连接上）。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="46"/>
        <source>With --echo: open N connections at once, each echoing (a load test; default 1).</source>
        <translation>与 --echo 一起使用：同时打开 N 个连接，每个都回显（负载测试；默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="50"/>
        <source>Close after N data messages received (on each connection).</source>
        <translation>收到 N 条数据消息后关闭（在每个连接上）。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="150"/>
        <source>--connections needs --echo: standard input goes to one connection</source>
        <translation>--connections 需要 --echo：标准输入只发往一个连接</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="44"/>
        <source>Send every received data message back until the server closes.</source>
        <translation>将收到的每条数据消息发回，直到服务器关闭连接。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="53"/>
        <source>Seconds to wait for replies after the input ends (default 1).</source>
        <translation>输入结束后等待回复的秒数（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="56"/>
        <source>Do not read messages from standard input.</source>
        <translation>不从标准输入读取消息。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="57"/>
        <source>Print only errors, not every event.</source>
        <translation>只输出错误，不输出每个事件。</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="74"/>
        <source>--%1 takes a positive number, got &quot;%2&quot;</source>
        <translation>--%1 需要一个正数，得到的是“%2”</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="96"/>
        <source>connect needs a URL</source>
        <translation>connect 需要一个 URL</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="97"/>
        <source>connect takes one URL, got %1</source>
        <translation>connect 只接受一个 URL，得到了 %1 个</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="122"/>
        <source>--header needs NAME:VALUE, got &quot;%1&quot;</source>
        <translation>--header 需要 NAME:VALUE，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="110"/>
        <source>warning: TLS certificate verification is off (--insecure)</source>
        <translation>警告：TLS 证书验证已关闭（--insecure）</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionActions</name>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="15"/>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="17"/>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="18"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="20"/>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="21"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="23"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="24"/>
        <source>&amp;Close with Code…</source>
        <translation>以关闭码关闭(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionactions.cpp" line="65"/>
        <source>Connection Toolbar</source>
        <translation>连接工具栏</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionTreeModel</name>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="257"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="259"/>
        <source>open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="261"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="263"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="265"/>
        <source>listening</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="267"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="137"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="50"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="139"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="141"/>
        <source>In</source>
        <translation>入</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="143"/>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="145"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="229"/>
        <source>subprotocol %1</source>
        <translation>子协议 %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="261"/>
        <source>closed %1</source>
        <translation>已关闭 %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="269"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="279"/>
        <source>closed with %1 %2</source>
        <translation>以 %1 %2 关闭</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="281"/>
        <source>ended with the recording (no close was recorded)</source>
        <translation>随录制结束（未录制到关闭）</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="282"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="284"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="288"/>
        <source>Subprotocol: %1</source>
        <translation>子协议：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="289"/>
        <source>Frames: %1 in, %2 out; %3 on the wire</source>
        <translation>帧：入 %1，出 %2；线路上共 %3</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="295"/>
        <source>Timings: DNS %1 µs, TCP %2 µs, TLS %3 µs, upgrade %4 µs</source>
        <translation>耗时：DNS %1 µs，TCP %2 µs，TLS %3 µs，升级 %4 µs</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="301"/>
        <source>Duration: %1 s</source>
        <translation>持续时间：%1 秒</translation>
    </message>
    <message>
        <location filename="../app/core/models/connectiontreemodel.cpp" line="303"/>
        <source>Recorded: read from the opened capture</source>
        <translation>已录制：从打开的捕获文件读取</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionsView</name>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="36"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="36"/>
        <source>closed 1000</source>
        <translation>已关闭 1000</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="76"/>
        <source>Stop server</source>
        <translation>停止服务器</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="83"/>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="83"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="84"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="87"/>
        <location filename="../ui/connections/connectionsview.cpp" line="102"/>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="88"/>
        <location filename="../ui/connections/connectionsview.cpp" line="102"/>
        <source>Close with code…</source>
        <translation>以关闭码关闭…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="95"/>
        <source>Connect again (new live connection)</source>
        <translation>再次连接（新建实时连接）</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="97"/>
        <source>Opens a new live connection with the recorded URL</source>
        <translation>用录制的 URL 新建一个实时连接</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="101"/>
        <source>This connection was read from the opened capture; it is not live</source>
        <translation>此连接读取自打开的捕获文件，不是实时连接</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="112"/>
        <source>Replay…</source>
        <translation>重放…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="113"/>
        <source>Sends this connection&apos;s recorded client messages to a server again and compares its answers with the recorded ones</source>
        <translation>将此连接录制的客户端消息再次发往服务器，并将其应答与录制的应答比较</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="115"/>
        <source>Serve as mock server…</source>
        <translation>作为模拟服务器提供…</translation>
    </message>
    <message>
        <location filename="../ui/connections/connectionsview.cpp" line="116"/>
        <source>Starts a local server that answers each client with this connection&apos;s recorded server messages</source>
        <translation>启动一个本地服务器，用此连接录制的服务器消息应答每个客户端</translation>
    </message>
</context>
<context>
    <name>Sockscope::ConversationChoice</name>
    <message>
        <location filename="../ui/dialogs/conversationchoice.cpp" line="12"/>
        <source>server peer</source>
        <translation>服务器对端</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conversationchoice.cpp" line="12"/>
        <source>client</source>
        <translation>客户端</translation>
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
        <translation>解码为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="78"/>
        <source>How to read what this side of the connection sends; remembered in the capture</source>
        <translation>如何解读连接此端发送的内容；会记录在捕获文件中</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="93"/>
        <source>&amp;Tree</source>
        <translation>树(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="94"/>
        <source>Te&amp;xt</source>
        <translation>文本(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="108"/>
        <source>Copy &amp;Path</source>
        <translation>复制路径(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="111"/>
        <source>Copy &amp;Value</source>
        <translation>复制值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="123"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="128"/>
        <source>Protobuf with schema…</source>
        <translation>带模式的 Protobuf…</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="146"/>
        <source>No message selected</source>
        <translation>未选择消息</translation>
    </message>
    <message>
        <location filename="../ui/decoders/decoderpane.cpp" line="185"/>
        <source>%1 (automatic)</source>
        <translation>%1（自动）</translation>
    </message>
</context>
<context>
    <name>Sockscope::DemoSession</name>
    <message>
        <location filename="../app/net/demosession.cpp" line="38"/>
        <source>Hello from Sockscope</source>
        <translation>来自 Sockscope 的问候</translation>
    </message>
    <message>
        <location filename="../app/net/demosession.cpp" line="42"/>
        <source>A longer message, sent in fragments of 16 bytes each.</source>
        <translation>一条较长的消息，按每片 16 字节分片发送。</translation>
    </message>
</context>
<context>
    <name>Sockscope::DiffReport</name>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="82"/>
        <source>same     #%1: %2</source>
        <translation>相同     #%1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="84"/>
        <source>changed  #%1: recorded &quot;%2&quot;, replayed &quot;%3&quot;</source>
        <translation>已更改   #%1：录制为“%2”，重放为“%3”</translation>
    </message>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="88"/>
        <source>missing  #%1: %2</source>
        <translation>缺失     #%1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="90"/>
        <source>extra    +%1: %2</source>
        <translation>多出     +%1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/replay/diffreport.cpp" line="97"/>
        <source>diff: %1 same, %2 changed, %3 missing, %4 extra</source>
        <translation>比较：%1 相同，%2 已更改，%3 缺失，%4 多出</translation>
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
        <translation> mask=未知</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="38"/>
        <source> (inflated %1 B)</source>
        <translation> （解压后 %1 B）</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="40"/>
        <source> [edited]</source>
        <translation> [已编辑]</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="42"/>
        <source> [dropped]</source>
        <translation> [已丢弃]</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="53"/>
        <source>listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="56"/>
        <source>connecting to %1 (proxy for #%2)</source>
        <translation>正在连接到 %1（#%2 的代理）</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="57"/>
        <source>connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="59"/>
        <source>peer %1 connected</source>
        <translation>对端 %1 已连接</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="68"/>
        <source>open (subprotocol: %1, extensions: %2, upgrade %3 µs)</source>
        <translation>已打开（子协议：%1，扩展：%2，升级 %3 µs）</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="69"/>
        <location filename="../app/cli/eventprinter.cpp" line="70"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="74"/>
        <source>closed %1 (%2) &quot;%3&quot;: %4</source>
        <translation>已关闭 %1（%2）“%3”：%4</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="78"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="80"/>
        <source>protocol error, closing with %1: %2</source>
        <translation>协议错误，以 %1 关闭：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="82"/>
        <source>server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <location filename="../app/cli/eventprinter.cpp" line="84"/>
        <source>TLS %1; %2</source>
        <translation>TLS %1；%2</translation>
    </message>
</context>
<context>
    <name>Sockscope::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="30"/>
        <source>Export Capture</source>
        <translation>导出捕获文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="41"/>
        <source>&amp;Hide secrets in the copy (redact)</source>
        <translation>在副本中隐去机密信息（脱敏）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="45"/>
        <source>Comma-separated header names whose values are hidden in the handshakes</source>
        <translation>在握手中隐去其值的标头名称，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="49"/>
        <source>One regular expression per line, e.g. &quot;token&quot;:&quot;[^&quot;]*&quot;</source>
        <translation>每行一个正则表达式，例如 &quot;token&quot;:&quot;[^&quot;]*&quot;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="54"/>
        <source>One * per hidden byte (lengths stay true)</source>
        <translation>每个隐去的字节显示为一个 *（长度保持不变）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="55"/>
        <source>[redacted]</source>
        <translation>[redacted]</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="63"/>
        <source>&amp;Headers:</source>
        <translation>标头(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="64"/>
        <source>&amp;Payload patterns:</source>
        <translation>负载模式(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="65"/>
        <source>Hidden &amp;text:</source>
        <translation>隐去文本(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="67"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="116"/>
        <source>Invalid pattern %1: %2</source>
        <translation>无效的模式 %1：%2</translation>
    </message>
</context>
<context>
    <name>Sockscope::FilePathEdit</name>
    <message>
        <location filename="../ui/dialogs/filepathedit.cpp" line="22"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>Sockscope::FilterBar</name>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="74"/>
        <location filename="../ui/framelog/filterbar.cpp" line="196"/>
        <source>All connections</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="80"/>
        <source>Both directions</source>
        <translation>双向</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="81"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="82"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="85"/>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="86"/>
        <source>Data frames</source>
        <translation>数据帧</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="87"/>
        <source>Control frames</source>
        <translation>控制帧</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="88"/>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="89"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="92"/>
        <source>Any opcode</source>
        <translation>任意操作码</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="107"/>
        <source>Filter by payload text</source>
        <translation>按负载文本过滤</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="112"/>
        <source>Find (Ctrl+F), F3 for next</source>
        <translation>查找（Ctrl+F），按 F3 查找下一个</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="115"/>
        <source>Highlights matching rows and steps through them without hiding the others</source>
        <translation>突出显示匹配的行并逐个跳转，不隐藏其他行</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="116"/>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="118"/>
        <source>Decoded</source>
        <translation>已解码</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="120"/>
        <source>Also search the decoded content: MessagePack and protobuf strings, JSON values, as the decoder pane shows them</source>
        <translation>同时搜索解码后的内容：MessagePack 和 protobuf 字符串、JSON 值，与解码器窗格中显示的一致</translation>
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
        <translation>最小负载长度</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="130"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="131"/>
        <source>Find previous (Shift+F3)</source>
        <translation>查找上一个（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="134"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="135"/>
        <source>Find next (F3)</source>
        <translation>查找下一个（F3）</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="205"/>
        <source>#%1 + #%2: both legs of the proxied pair</source>
        <translation>#%1 + #%2：代理连接的两端</translation>
    </message>
    <message>
        <location filename="../ui/framelog/filterbar.cpp" line="258"/>
        <source>Invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
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
        <translation>FIN 1：消息的最后一个分片</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="50"/>
        <source>FIN 0: a control frame must not be fragmented</source>
        <translation>FIN 0：控制帧不得分片</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="53"/>
        <source>FIN 0: more fragments of this message follow</source>
        <translation>FIN 0：此消息后面还有分片</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="56"/>
        <source>RSV1</source>
        <translation>RSV1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="57"/>
        <source>RSV1 1: set; the message is compressed if permessage-deflate was negotiated, otherwise a protocol error</source>
        <translation>RSV1 1：已置位；如果协商了 permessage-deflate，则消息已压缩，否则为协议错误</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="59"/>
        <source>RSV1 0: not set</source>
        <translation>RSV1 0：未置位</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="64"/>
        <source>RSV%1</source>
        <translation>RSV%1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="65"/>
        <source>RSV%1 1: set; a protocol error unless a negotiated extension defines it</source>
        <translation>RSV%1 1：已置位；除非协商的扩展定义了此位，否则为协议错误</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="67"/>
        <source>RSV%1 0: not set</source>
        <translation>RSV%1 0：未置位</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="70"/>
        <source>Opcode</source>
        <translation>操作码</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="76"/>
        <source>MASK</source>
        <translation>MASK</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="77"/>
        <source>MASK 1: the payload is masked with the 4-byte key that follows (client to server)</source>
        <translation>MASK 1：负载已用其后的 4 字节密钥掩码（客户端到服务器）</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="79"/>
        <source>MASK 0: the payload is not masked (server to client)</source>
        <translation>MASK 0：负载未掩码（服务器到客户端）</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="83"/>
        <source>payload length %1 in the 7-bit length</source>
        <translation>7 位长度字段中的负载长度 %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="85"/>
        <source>126: the length follows in the 16-bit extended length</source>
        <translation>126：长度在随后的 16 位扩展长度字段中</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="87"/>
        <source>127: the length follows in the 64-bit extended length</source>
        <translation>127：长度在随后的 64 位扩展长度字段中</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="88"/>
        <source>Payload length</source>
        <translation>负载长度</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="95"/>
        <source>length %1 in the %2-bit extended length (%3 marker)</source>
        <translation>%2 位扩展长度字段中的长度 %1（标记 %3）</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="102"/>
        <source>not the shortest encoding: RFC 6455 requires %1 for this length</source>
        <translation>不是最短编码：RFC 6455 要求此长度使用 %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="103"/>
        <source>the 7-bit length</source>
        <translation>7 位长度字段</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="104"/>
        <source>the 16-bit extended length</source>
        <translation>16 位扩展长度字段</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="108"/>
        <source>the most significant bit of a 64-bit length must be 0</source>
        <translation>64 位长度的最高有效位必须为 0</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="115"/>
        <source>Extended payload length (16-bit)</source>
        <translation>扩展负载长度（16 位）</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="116"/>
        <source>Extended payload length (64-bit)</source>
        <translation>扩展负载长度（64 位）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/protocol/frameanatomy.cpp" line="125"/>
        <source>payload, %n byte(s), masked on the wire with key %1</source>
        <translation>
            <numerusform>负载，%n 字节，传输时用密钥 %1 掩码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/protocol/frameanatomy.cpp" line="127"/>
        <source>payload, %n byte(s), not masked</source>
        <translation>
            <numerusform>负载，%n 字节，未掩码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="131"/>
        <source>the header announces %1 bytes, %2 were captured</source>
        <translation>帧头声明 %1 字节，实际捕获 %2 字节</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="135"/>
        <source>a control frame payload must not exceed 125 bytes</source>
        <translation>控制帧负载不得超过 125 字节</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="138"/>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="168"/>
        <source>Masking key</source>
        <translation>掩码密钥</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="169"/>
        <source>mask key %1: payload byte i is XORed with key byte i mod 4</source>
        <translation>掩码密钥 %1：负载第 i 字节与密钥第 i mod 4 字节异或</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="190"/>
        <source>opcode %1: continuation frame (the next fragment of a message)</source>
        <translation>操作码 %1：延续帧（消息的下一个分片）</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="193"/>
        <source>opcode %1: text frame</source>
        <translation>操作码 %1：文本帧</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="196"/>
        <source>opcode %1: binary frame</source>
        <translation>操作码 %1：二进制帧</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="199"/>
        <source>opcode %1: connection close</source>
        <translation>操作码 %1：关闭连接</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="202"/>
        <source>opcode %1: ping</source>
        <translation>操作码 %1：Ping</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="205"/>
        <source>opcode %1: pong</source>
        <translation>操作码 %1：Pong</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="208"/>
        <source>opcode %1: reserved control opcode, a protocol error</source>
        <translation>操作码 %1：保留的控制操作码，属协议错误</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/frameanatomy.cpp" line="209"/>
        <source>opcode %1: reserved non-control opcode, a protocol error</source>
        <translation>操作码 %1：保留的非控制操作码，属协议错误</translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameBytesLayout</name>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="133"/>
        <source>header byte %1: 0x%2 = %3</source>
        <translation>帧头字节 %1：0x%2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="140"/>
        <source>payload byte %1 at offset %2: 0x%3 on the wire, 0x%4%5 unmasked</source>
        <translation>负载字节 %1，偏移 %2：传输时为 0x%3，去掩码后为 0x%4%5</translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebyteslayout.cpp" line="145"/>
        <source>payload byte %1 at offset %2: 0x%3%4</source>
        <translation>负载字节 %1，偏移 %2：0x%3%4</translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameBytesView</name>
    <message>
        <location filename="../ui/hexview/framebytesview.cpp" line="55"/>
        <source>Inflated: %1 of this frame&apos;s %2 compressed bytes</source>
        <translation>已解压：此帧 %2 个压缩字节中的 %1 个</translation>
    </message>
    <message>
        <location filename="../ui/hexview/framebytesview.cpp" line="59"/>
        <source>The whole message inflates to %1 bytes</source>
        <translation>整条消息解压后为 %1 字节</translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameLogModel</name>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="85"/>
        <source>%1, edited</source>
        <translation>%1，已编辑</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="87"/>
        <source>%1, dropped</source>
        <translation>%1，已丢弃</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="89"/>
        <source>%1, injected</source>
        <translation>%1，已注入</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="243"/>
        <source>loading %1 was cancelled</source>
        <translation>%1 的载入已取消</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="433"/>
        <source>(payload not available)</source>
        <translation>（负载不可用）</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="440"/>
        <source>subprotocol: %1; extensions: %2</source>
        <translation>子协议：%1；扩展：%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="441"/>
        <location filename="../app/core/models/framelogmodel.cpp" line="442"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="444"/>
        <source>%1 %2 &quot;%3&quot; (%4)</source>
        <translation>%1 %2“%3”（%4）</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="448"/>
        <source>closing with %1: %2</source>
        <translation>以 %1 关闭：%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="514"/>
        <source>in</source>
        <translation>入</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="514"/>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="544"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="546"/>
        <source>Relative (s)</source>
        <translation>相对时间（秒）</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="548"/>
        <source>Conn</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="550"/>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="552"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="554"/>
        <source>FIN RSV M</source>
        <translation>FIN RSV M</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="556"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="558"/>
        <source>Inflated</source>
        <translation>解压后</translation>
    </message>
    <message>
        <location filename="../app/core/models/framelogmodel.cpp" line="560"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>Sockscope::FrameLogView</name>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="124"/>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="125"/>
        <source>Copy payload as hex</source>
        <translation>以十六进制复制负载</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="126"/>
        <source>Copy payload as base64</source>
        <translation>以 base64 复制负载</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="129"/>
        <source>Copy as JSON Lines</source>
        <translation>复制为 JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="132"/>
        <source>Resend in the composer</source>
        <translation>在消息编辑器中重新发送</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="140"/>
        <source>Filter by connection #%1</source>
        <translation>按连接 #%1 过滤</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="144"/>
        <source>Filter by opcode %1 (%2)</source>
        <translation>按操作码 %1（%2）过滤</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="148"/>
        <source>Show in the hex view</source>
        <translation>在十六进制视图中显示</translation>
    </message>
    <message>
        <location filename="../ui/framelog/framelogview.cpp" line="151"/>
        <source>Show the handshake</source>
        <translation>显示握手</translation>
    </message>
</context>
<context>
    <name>Sockscope::GraphQlDecoder</name>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="104"/>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="122"/>
        <source>Operation: %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="123"/>
        <source>Query:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="125"/>
        <source>Variables:</source>
        <translation>变量：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="126"/>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="139"/>
        <source>Extensions:</source>
        <translation>扩展：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="134"/>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="218"/>
        <source>Payload:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="137"/>
        <source>Data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="138"/>
        <source>Errors:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="175"/>
        <source>GraphQL over WebSocket</source>
        <translation>GraphQL over WebSocket</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="193"/>
        <source>a close frame is not a GraphQL message</source>
        <translation>关闭帧不是 GraphQL 消息</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="196"/>
        <source>not a GraphQL over WebSocket message (a JSON object with a &quot;type&quot;)</source>
        <translation>不是 GraphQL over WebSocket 消息（带 &quot;type&quot; 的 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="199"/>
        <source>Protocol: %1</source>
        <translation>协议：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="199"/>
        <source>graphql-transport-ws or graphql-ws</source>
        <translation>graphql-transport-ws 或 graphql-ws</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="200"/>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="204"/>
        <source>This message type is not part of %1.</source>
        <translation>此消息类型不属于 %1。</translation>
    </message>
    <message>
        <location filename="../app/core/decode/graphqldecoder.cpp" line="211"/>
        <source>Id: %1</source>
        <translation>Id：%1</translation>
    </message>
</context>
<context>
    <name>Sockscope::Handshake</name>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="83"/>
        <source>server refused the upgrade: HTTP %1 %2</source>
        <translation>服务器拒绝升级：HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="89"/>
        <source> (redirect to %1)</source>
        <translation> （重定向到 %1）</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="93"/>
        <source>101 response without &quot;Upgrade: websocket&quot;</source>
        <translation>101 响应中没有“Upgrade: websocket”</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="97"/>
        <source>101 response without &quot;Connection: Upgrade&quot;</source>
        <translation>101 响应中没有“Connection: Upgrade”</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="103"/>
        <source>Sec-WebSocket-Accept is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>Sec-WebSocket-Accept 为“%1”，应为“%2”</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="110"/>
        <source>server chose a subprotocol that was not offered: %1</source>
        <translation>服务器选择了未提供的子协议：%1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="119"/>
        <source>server enabled extensions that were not offered: %1</source>
        <translation>服务器启用了未提供的扩展：%1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="141"/>
        <source>the opening handshake must be a GET request</source>
        <translation>建立握手必须是 GET 请求</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="143"/>
        <source>the opening handshake must use HTTP/1.1</source>
        <translation>建立握手必须使用 HTTP/1.1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="145"/>
        <source>not a WebSocket upgrade request</source>
        <translation>不是 WebSocket 升级请求</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="148"/>
        <source>unsupported Sec-WebSocket-Version</source>
        <translation>不支持的 Sec-WebSocket-Version</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="152"/>
        <source>Sec-WebSocket-Key is not 16 base64-encoded bytes</source>
        <translation>Sec-WebSocket-Key 不是 base64 编码的 16 个字节</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/handshake.cpp" line="155"/>
        <source>required header missing: %1</source>
        <translation>缺少必需的标头：%1</translation>
    </message>
</context>
<context>
    <name>Sockscope::HandshakeView</name>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="108"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="309"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="110"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="310"/>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="195"/>
        <source>Sec-WebSocket-Accept</source>
        <translation>Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="197"/>
        <source>Check:</source>
        <translation>校验：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="198"/>
        <source>Expected:</source>
        <translation>预期：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="199"/>
        <source>Received:</source>
        <translation>收到：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="211"/>
        <source>Extension / parameter</source>
        <translation>扩展 / 参数</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="211"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="263"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="217"/>
        <source>Negotiation</source>
        <translation>协商</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="219"/>
        <source>Subprotocol:</source>
        <translation>子协议：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="220"/>
        <source>Offered subprotocols:</source>
        <translation>提供的子协议：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="221"/>
        <source>Extensions:</source>
        <translation>扩展：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="222"/>
        <source>Offered extensions:</source>
        <translation>提供的扩展：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="235"/>
        <source>Timings</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="237"/>
        <source>DNS lookup:</source>
        <translation>DNS 查询：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="238"/>
        <source>TCP connect:</source>
        <translation>TCP 连接：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="239"/>
        <source>TLS handshake:</source>
        <translation>TLS 握手：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="240"/>
        <source>HTTP upgrade:</source>
        <translation>HTTP 升级：</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="247"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="263"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="297"/>
        <location filename="../ui/handshake/handshakeview.cpp" line="399"/>
        <source>No handshake selected</source>
        <translation>未选择握手</translation>
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
        <translation>请求（已发送）</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="327"/>
        <source>Request (received)</source>
        <translation>请求（已接收）</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="328"/>
        <source>Response (received)</source>
        <translation>响应（已接收）</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="328"/>
        <source>Response (sent)</source>
        <translation>响应（已发送）</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="353"/>
        <source>No request recorded</source>
        <translation>未录制请求</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="353"/>
        <source>No response received</source>
        <translation>未收到响应</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="364"/>
        <source>Cannot parse: %1</source>
        <translation>无法解析：%1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="387"/>
        <source>✓ Upgraded: %1</source>
        <translation>✓ 已升级：%1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="392"/>
        <source>✗ Upgrade failed: HTTP %1</source>
        <translation>✗ 升级失败：HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="392"/>
        <source>✗ Connection failed</source>
        <translation>✗ 连接失败</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="394"/>
        <source>No error message recorded</source>
        <translation>未录制错误信息</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="399"/>
        <source>Handshake in progress</source>
        <translation>正在握手</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="410"/>
        <source>not checked: no request</source>
        <translation>未校验：没有请求</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="412"/>
        <source>not checked: the request has no Sec-WebSocket-Key</source>
        <translation>未校验：请求中没有 Sec-WebSocket-Key</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="414"/>
        <source>not checked: no response</source>
        <translation>未校验：没有响应</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="416"/>
        <source>not checked: the response has no Sec-WebSocket-Accept</source>
        <translation>未校验：响应中没有 Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="418"/>
        <source>✓ match</source>
        <translation>✓ 匹配</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="421"/>
        <source>✗ mismatch</source>
        <translation>✗ 不匹配</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="428"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="453"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="454"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="462"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="466"/>
        <source>✓ valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="470"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="489"/>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="506"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="520"/>
        <source>%1. %2 — issued by %3, valid %4 to %5</source>
        <translation>%1. %2 — 由 %3 签发，有效期 %4 至 %5</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="527"/>
        <source>No peer certificate.</source>
        <translation>无对端证书。</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="531"/>
        <source>TLS details (protocol, cipher, certificate chain) not recorded.</source>
        <translation>未录制 TLS 详情（协议、密码套件、证书链）。</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="533"/>
        <source>Not TLS (ws://)</source>
        <translation>非 TLS（ws://）</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="535"/>
        <source>TLS (wss://). %1</source>
        <translation>TLS（wss://）。%1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="537"/>
        <source>TLS was used. %1</source>
        <translation>使用了 TLS。%1</translation>
    </message>
    <message>
        <location filename="../ui/handshake/handshakeview.cpp" line="539"/>
        <source>Unknown whether TLS was used. %1</source>
        <translation>不知道是否使用了 TLS。%1</translation>
    </message>
</context>
<context>
    <name>Sockscope::HarFormat</name>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="258"/>
        <source>aborted (as the HAR file says)</source>
        <translation>已中止（HAR 文件中如此记录）</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="320"/>
        <source>export of %1 cancelled</source>
        <translation>%1 的导出已取消</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="337"/>
        <location filename="../app/core/capture/harformat.cpp" line="342"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="352"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="357"/>
        <source>%1 is %2 MiB; HAR files of up to %3 MiB can be imported (JSON Lines has no such limit)</source>
        <translation>%1 大小为 %2 MiB；只能导入不超过 %3 MiB 的 HAR 文件（JSON Lines 没有此限制）</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="366"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 不是有效的 JSON（偏移 %3）：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="372"/>
        <source>%1 is not a HAR file: no log.entries array</source>
        <translation>%1 不是 HAR 文件：没有 log.entries 数组</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="474"/>
        <source>%1: invalid WebSocket message in the entry for %2: %3</source>
        <translation>%1：%2 的条目中有无效的 WebSocket 消息：%3</translation>
    </message>
    <message>
        <location filename="../app/core/capture/harformat.cpp" line="482"/>
        <source>%1: invalid control frame in the entry for %2</source>
        <translation>%1：%2 的条目中有无效的控制帧</translation>
    </message>
</context>
<context>
    <name>Sockscope::HexDecoder</name>
    <message>
        <location filename="../app/core/decode/hexdecoder.cpp" line="35"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/decode/hexdecoder.cpp" line="52"/>
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… 还有 %n 字节未显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::HexParser</name>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="41"/>
        <source>&apos;%1&apos; is not a hex digit.</source>
        <translation>“%1”不是十六进制数字。</translation>
    </message>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="47"/>
        <source>&apos;0x&apos; is not followed by hex digits.</source>
        <translation>“0x”后面没有十六进制数字。</translation>
    </message>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="51"/>
        <source>odd number of hex digits (%1); every byte needs two.</source>
        <translation>十六进制数字个数为奇数（%1）；每个字节需要两位。</translation>
    </message>
    <message>
        <location filename="../ui/composer/hexparser.cpp" line="67"/>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>Sockscope::HexView</name>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="307"/>
        <source>No frame selected</source>
        <translation>未选择帧</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="615"/>
        <source>Copy Frame as &amp;Hex</source>
        <translation>将帧复制为十六进制(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="615"/>
        <source>Copy Selection as &amp;Hex</source>
        <translation>将所选内容复制为十六进制(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="618"/>
        <source>Copy Frame as &amp;Base64</source>
        <translation>将帧复制为 Base64(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="618"/>
        <source>Copy Selection as &amp;Base64</source>
        <translation>将所选内容复制为 Base64(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="620"/>
        <source>Copy Frame as &amp;C Array</source>
        <translation>将帧复制为 C 数组(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="620"/>
        <source>Copy Selection as &amp;C Array</source>
        <translation>将所选内容复制为 C 数组(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="623"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/hexview/hexview.cpp" line="625"/>
        <source>Show Payload &amp;Masked as on the Wire</source>
        <translation>按线路上的样子显示掩码后的负载(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Sockscope::HttpParser</name>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="77"/>
        <location filename="../app/core/protocol/httpmessage.cpp" line="82"/>
        <source>HTTP head exceeds %1 bytes</source>
        <translation>HTTP 头部超过 %1 字节</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="112"/>
        <source>malformed HTTP request line: %1</source>
        <translation>HTTP 请求行格式错误：%1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="120"/>
        <source>malformed HTTP status line: %1</source>
        <translation>HTTP 状态行格式错误：%1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="130"/>
        <source>malformed HTTP header line: %1</source>
        <translation>HTTP 标头行格式错误：%1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="147"/>
        <source>invalid Content-Length: %1</source>
        <translation>无效的 Content-Length：%1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="166"/>
        <source>malformed chunked body</source>
        <translation>分块传输的消息体格式错误</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/httpmessage.cpp" line="237"/>
        <source>connection closed before the HTTP head was complete</source>
        <translation>HTTP 头部尚未完整，连接就已关闭</translation>
    </message>
</context>
<context>
    <name>Sockscope::InterceptPane</name>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="61"/>
        <source>&amp;Intercept</source>
        <translation>拦截(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="66"/>
        <source>&amp;Forward</source>
        <translation>转发(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="67"/>
        <source>&amp;Drop</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="73"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="74"/>
        <source>Pause the messages that proxies relay, to edit, forward or drop them</source>
        <translation>暂停代理转发的消息，以便编辑、转发或丢弃</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="83"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="84"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="112"/>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="115"/>
        <source>Forward &amp;All</source>
        <translation>全部转发(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="43"/>
        <location filename="../ui/proxy/interceptpane.cpp" line="137"/>
        <source>Text</source>
        <translation>文本</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="138"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="141"/>
        <source>Send the message as it is in the editor, marked as edited if it was changed</source>
        <translation>按编辑器中的内容发送消息；若有改动则标记为已编辑</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="146"/>
        <source>Edit as</source>
        <translation>编辑方式</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="196"/>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="196"/>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="197"/>
        <source>#%1 → #%2</source>
        <translation>#%1 → #%2</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="45"/>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/proxy/interceptpane.cpp" line="200"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="262"/>
        <source>These bytes are not UTF-8 text; edit them as hex.</source>
        <translation>这些字节不是 UTF-8 文本，请以十六进制编辑。</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="292"/>
        <source>A text message must stay UTF-8 text; the peer would fail the connection.</source>
        <translation>文本消息必须保持为 UTF-8 文本，否则对端会使连接失败。</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="296"/>
        <source>A control frame carries at most %1 bytes; this one has %2.</source>
        <translation>控制帧最多携带 %1 字节；此帧有 %2 字节。</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="322"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptpane.cpp" line="323"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/proxy/interceptpane.cpp" line="330"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n 条消息等待中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::InterceptRulesDialog</name>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="62"/>
        <source>Intercept Rules</source>
        <translation>拦截规则</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="64"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="64"/>
        <source>URL regex</source>
        <translation>URL 正则表达式</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="64"/>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="64"/>
        <source>Content regex</source>
        <translation>内容正则表达式</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="71"/>
        <source>&amp;Add Rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="74"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="80"/>
        <source>A message pauses when any rule matches it; every part of a rule that is set must match. The content regex is searched in a text message, in a binary message&apos;s decoded form, or in a control frame&apos;s text (a close&apos;s reason). With no rules, every data message pauses. Control frames pause only under a rule for them; while there is one, pings are relayed to the other side instead of being answered by the proxy.</source>
        <translation>任一规则匹配时消息即被暂停；规则中已设置的每一部分都必须匹配。内容正则表达式在文本消息、二进制消息的解码形式或控制帧的文本（Close 的原因）中查找。没有规则时，每条数据消息都会暂停。控制帧只有在有针对它们的规则时才会暂停；存在这样的规则时，Ping 会被转发到另一端，而不是由代理应答。</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="105"/>
        <source>Both</source>
        <translation>双向</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="105"/>
        <source>Client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="105"/>
        <source>Server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="110"/>
        <source>Text and binary</source>
        <translation>文本和二进制</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="111"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="112"/>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="113"/>
        <source>Ping, pong and close</source>
        <translation>Ping、Pong 和 Close</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/proxy/interceptrulesdialog.cpp" line="148"/>
        <source>Rule %1: the regex &quot;%2&quot; is not valid: %3</source>
        <translation>规则 %1：正则表达式“%2”无效：%3</translation>
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
        <translation>第 %2 字节处：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/jsondecoder.cpp" line="44"/>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
</context>
<context>
    <name>Sockscope::JsonTreeModel</name>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="30"/>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="32"/>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="34"/>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="36"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="38"/>
        <source>boolean</source>
        <translation>布尔值</translation>
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
            <numerusform>{%n 个成员}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/jsontreemodel.cpp" line="52"/>
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n 个元素]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/jsontreemodel.cpp" line="182"/>
        <source>… %n more not shown</source>
        <translation>
            <numerusform>… 还有 %n 项未显示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="215"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="217"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/core/models/jsontreemodel.cpp" line="219"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Sockscope::JsonlFormat</name>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="168"/>
        <source>unknown event &quot;%1&quot;</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="175"/>
        <source>&quot;ts_ns&quot; must be a string of nanoseconds</source>
        <translation>&quot;ts_ns&quot; 必须是表示纳秒数的字符串</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="186"/>
        <source>&quot;%1&quot; is not valid for its encoding</source>
        <translation>&quot;%1&quot; 与其编码不符</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="196"/>
        <source>&quot;header_hex&quot; is not a frame header</source>
        <translation>&quot;header_hex&quot; 不是帧头</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="256"/>
        <location filename="../app/core/capture/jsonlformat.cpp" line="270"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="266"/>
        <source>export of %1 cancelled</source>
        <translation>%1 的导出已取消</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="280"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="291"/>
        <source>%1:%2: the line is longer than %3 MiB, more than any event takes</source>
        <translation>%1:%2：该行超过 %3 MiB，比任何事件所需的都长</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="305"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../app/core/capture/jsonlformat.cpp" line="309"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
</context>
<context>
    <name>Sockscope::LocalCa</name>
    <message>
        <location filename="../app/net/localca.cpp" line="96"/>
        <location filename="../app/net/localca.cpp" line="103"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/net/localca.cpp" line="144"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/net/localca.cpp" line="155"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location filename="../app/net/localca.cpp" line="164"/>
        <source>cannot create the proxy&apos;s CA certificate</source>
        <translation>无法创建代理的 CA 证书</translation>
    </message>
    <message>
        <location filename="../app/net/localca.cpp" line="191"/>
        <source>cannot mint a certificate for %1 with %2</source>
        <translation>无法用 %2 为 %1 签发证书</translation>
    </message>
</context>
<context>
    <name>Sockscope::MainToolBar</name>
    <message>
        <location filename="../ui/appshell/maintoolbar.cpp" line="19"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/appshell/maintoolbar.cpp" line="71"/>
        <source>Autoscroll on: click to pause</source>
        <translation>自动滚动已开启：单击可暂停</translation>
    </message>
    <message>
        <location filename="../ui/appshell/maintoolbar.cpp" line="72"/>
        <source>Autoscroll paused: click to resume</source>
        <translation>自动滚动已暂停：单击可恢复</translation>
    </message>
</context>
<context>
    <name>Sockscope::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Recording stopped</source>
        <translation>录制已停止</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>&amp;Hex</source>
        <translation>十六进制(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Hand&amp;shake</source>
        <translation>握手(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>filtering…</source>
        <translation>正在过滤…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>Autoscroll paused</source>
        <translation>自动滚动已暂停</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Captures (*.wscap *.har *.jsonl *.pcapng *.pcap);;Sockscope capture (*.wscap);;HAR (*.har);;JSON Lines (*.jsonl);;Packet capture (*.pcapng *.pcap)</source>
        <translation>捕获文件 (*.wscap *.har *.jsonl *.pcapng *.pcap);;Sockscope 捕获文件 (*.wscap);;HAR (*.har);;JSON Lines (*.jsonl);;数据包捕获 (*.pcapng *.pcap)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>De&amp;coded</source>
        <translation>已解码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <location filename="../ui/mainwindow.cpp" line="784"/>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Intercept</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>New &amp;Connection…</source>
        <translation>新建连接(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>New &amp;Server…</source>
        <translation>新建服务器(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>New &amp;Proxy…</source>
        <translation>新建代理(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Serve as &amp;Mock Server…</source>
        <translation>作为模拟服务器提供(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426"/>
        <source>Re&amp;play…</source>
        <translation>重放(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="430"/>
        <source>&amp;Open Capture…</source>
        <translation>打开捕获文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>&amp;Import HAR or JSON Lines…</source>
        <translation>导入 HAR 或 JSON Lines(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>&amp;Autoscroll</source>
        <translation>自动滚动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>F&amp;ilter…</source>
        <translation>过滤(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>C&amp;lear Log</source>
        <translation>清除日志(&amp;L)</translation>
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
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="493"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>Not recording: %1</source>
        <translation>未在录制：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>The demo server could not start: %1</source>
        <translation>演示服务器无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>Demo exchange complete: select a row to see its bytes and handshake</source>
        <translation>演示交互已完成：选择一行即可查看其字节和握手</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="565"/>
        <source>Connection #%1: %2</source>
        <translation>连接 #%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>Rows: %1 · Active: %2</source>
        <translation>行数：%1 · 活动：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="673"/>
        <source>Read-only capture</source>
        <translation>只读捕获文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>Not recording</source>
        <translation>未在录制</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="675"/>
        <source>Recording</source>
        <translation>正在录制</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>unsaved session</source>
        <translation>未保存的会话</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="678"/>
        <source>%1[*] — Sockscope</source>
        <translation>%1[*] — Sockscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <source>Proxy listening on %1</source>
        <translation>代理正在监听 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="755"/>
        <source>Serve as Mock Server</source>
        <translation>作为模拟服务器提供</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="756"/>
        <source>There is no connection with data messages to serve in this session yet.</source>
        <translation>此会话中还没有带数据消息、可供提供的连接。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>Mock server of connection #%1 listening on %2</source>
        <translation>连接 #%1 的模拟服务器正在监听 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>There is no connection with client messages to replay in this session yet.</source>
        <translation>此会话中还没有带可重放客户端消息的连接。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="807"/>
        <source>Connection #%1 replayed to %2 as connection #%3</source>
        <translation>连接 #%1 重放到 %2，作为连接 #%3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="848"/>
        <location filename="../ui/mainwindow.cpp" line="852"/>
        <source>Close with Code</source>
        <translation>以关闭码关闭</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="848"/>
        <source>Close code (1000–4999):</source>
        <translation>关闭码（1000–4999）：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="852"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="859"/>
        <source>Open Capture</source>
        <translation>打开捕获文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="870"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="870"/>
        <location filename="../ui/mainwindow.cpp" line="933"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="876"/>
        <source>Opening capture: %1 rows</source>
        <translation>正在打开捕获文件：%1 行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="881"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="882"/>
        <source>Cannot open capture</source>
        <translation>无法打开捕获文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="902"/>
        <source>Opened %1 (read-only)</source>
        <translation>已打开 %1（只读）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="904"/>
        <source>Damaged capture</source>
        <translation>捕获文件已损坏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="932"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="953"/>
        <location filename="../ui/mainwindow.cpp" line="988"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="956"/>
        <location filename="../ui/mainwindow.cpp" line="992"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="963"/>
        <source>Save Capture</source>
        <translation>保存捕获文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1000"/>
        <source>Export Capture</source>
        <translation>导出捕获文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1027"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1030"/>
        <source>Exported a copy to %1</source>
        <translation>已将副本导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1038"/>
        <source>Unsaved session</source>
        <translation>未保存的会话</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1049"/>
        <source>This session has not been saved yet (%n frame(s) and event(s) recorded). Save it first?</source>
        <translation>
            <numerusform>此会话尚未保存（已录制 %n 个帧和事件）。是否先保存？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1051"/>
        <source>%n frame(s) and event(s) arrived since the session was saved to %1. Save them too?</source>
        <translation>
            <numerusform>会话保存到 %1 之后又收到了 %n 个帧和事件。是否也保存它们？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1088"/>
        <source>Recover session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1089"/>
        <source>%1 session(s) from an earlier run did not end cleanly. Open the most recent one, %2?</source>
        <translation>之前运行中有 %1 个会话未正常结束。是否打开最近的一个（%2）？</translation>
    </message>
</context>
<context>
    <name>Sockscope::MessageDiffView</name>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="76"/>
        <source>Changed fields:</source>
        <translation>已更改的字段：</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="78"/>
        <source>&amp;Ignore This Field</source>
        <translation>忽略此字段(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="92"/>
        <location filename="../ui/replay/messagediffview.cpp" line="103"/>
        <source>Recorded</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="93"/>
        <location filename="../ui/replay/messagediffview.cpp" line="103"/>
        <source>Replayed</source>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="103"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="103"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="109"/>
        <source>Leaves this field&apos;s value out when answers are compared, in this diff and the next replay</source>
        <translation>比较应答时忽略此字段的值，在本次差异和下次重放中均生效</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="128"/>
        <location filename="../ui/replay/messagediffview.cpp" line="129"/>
        <source>Select a row of the diff</source>
        <translation>请选择差异中的一行</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="139"/>
        <source>Not in the recording: the server sent this answer only on replay</source>
        <translation>录制中没有：服务器仅在重放时发送了此应答</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="140"/>
        <source>Not sent on replay: the server left out this recorded answer</source>
        <translation>重放时未发送：服务器漏掉了这条录制的应答</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="151"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="152"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../ui/replay/messagediffview.cpp" line="153"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>Sockscope::MessageReader</name>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="35"/>
        <source>client frame is not masked</source>
        <translation>客户端帧未掩码</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="37"/>
        <source>server frame is masked</source>
        <translation>服务器帧已掩码</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="39"/>
        <source>reserved opcode %1</source>
        <translation>保留的操作码 %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="41"/>
        <source>RSV2/RSV3 set without a negotiated extension</source>
        <translation>未协商扩展却置位了 RSV2/RSV3</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="44"/>
        <source>RSV1 set on a control or continuation frame</source>
        <translation>控制帧或延续帧置位了 RSV1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="45"/>
        <source>RSV1 set without a negotiated extension</source>
        <translation>未协商扩展却置位了 RSV1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="47"/>
        <source>frame exceeds the size limit</source>
        <translation>帧超出大小限制</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="80"/>
        <source>control frame payload of %1 bytes exceeds 125</source>
        <translation>%1 字节的控制帧负载超过 125 字节</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="82"/>
        <source>fragmented control frame</source>
        <translation>控制帧被分片</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="102"/>
        <source>close frame with a 1-byte payload</source>
        <translation>关闭帧的负载只有 1 字节</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="106"/>
        <source>invalid close code %1</source>
        <translation>无效的关闭码 %1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="108"/>
        <source>close reason is not valid UTF-8</source>
        <translation>关闭原因不是有效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="118"/>
        <source>continuation frame without a message in progress</source>
        <translation>没有正在进行的消息，却收到延续帧</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="121"/>
        <source>new data frame while a fragmented message is in progress</source>
        <translation>分片消息尚未结束，却收到新的数据帧</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="144"/>
        <source>inflated message exceeds %1 bytes</source>
        <translation>解压后的消息超过 %1 字节</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="147"/>
        <source>frame cannot be inflated with the negotiated context</source>
        <translation>无法用协商的上下文解压此帧</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="152"/>
        <source>text message is not valid UTF-8 (byte %1 of the message)</source>
        <translation>文本消息不是有效的 UTF-8（消息的第 %1 个字节）</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="130"/>
        <source>message exceeds %1 bytes</source>
        <translation>消息超过 %1 字节</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/messagereader.cpp" line="181"/>
        <source>text message ends inside a UTF-8 sequence</source>
        <translation>文本消息在 UTF-8 序列中间结束</translation>
    </message>
</context>
<context>
    <name>Sockscope::MockServerDialog</name>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="30"/>
        <source>Serve as Mock Server</source>
        <translation>作为模拟服务器提供</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="33"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="54"/>
        <source>After each client message, as recorded</source>
        <translation>在每条客户端消息之后，按录制内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="55"/>
        <source>With the original timing</source>
        <translation>按原始时间</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="56"/>
        <source>After the client&apos;s k-th message the mock sends what the recorded server sent after its k-th; or every message at its recorded time after the upgrade.</source>
        <translation>在客户端的第 k 条消息之后，模拟服务器发送录制的服务器在其第 k 条之后发送的内容；或者在升级之后按录制的时间发送每条消息。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="62"/>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="64"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="66"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="67"/>
        <source>&amp;Replies:</source>
        <translation>应答(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="115"/>
        <source>Server messages to send to each client: %1.</source>
        <translation>要发送给每个客户端的服务器消息：%1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/mockserverdialog.cpp" line="118"/>
        <source>Subprotocol offered: %1.</source>
        <translation>提供的子协议：%1。</translation>
    </message>
</context>
<context>
    <name>Sockscope::MqttDecoder</name>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="50"/>
        <source>the remaining length of a %1 is longer than 4 bytes</source>
        <translation>%1 的剩余长度超过 4 字节</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="52"/>
        <source>more</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="53"/>
        <source>incomplete %1: %2 of %3 bytes</source>
        <translation>%1 不完整：%2 / %3 字节</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="80"/>
        <source>packet %1: %2</source>
        <translation>数据包 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="91"/>
        <source>%1 (%2 bytes after the fixed header)</source>
        <translation>%1（固定报头之后 %2 字节）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="104"/>
        <source>… %1 more packets not shown</source>
        <translation>… 还有 %1 个数据包未显示</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="131"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="158"/>
        <source>a close frame is not an MQTT packet</source>
        <translation>关闭帧不是 MQTT 数据包</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="163"/>
        <source>an empty message holds no MQTT packet</source>
        <translation>空消息中没有 MQTT 数据包</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttdecoder.cpp" line="173"/>
        <source>Protocol level %1, guessed from the content: no CONNECT was seen</source>
        <translation>协议级别 %1，根据内容推测：未见到 CONNECT</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="38"/>
        <source>Connection Accepted</source>
        <translation>连接已接受</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="39"/>
        <source>unacceptable protocol version</source>
        <translation>不可接受的协议版本</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="40"/>
        <source>identifier rejected</source>
        <translation>标识符被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="41"/>
        <source>server unavailable</source>
        <translation>服务器不可用</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="42"/>
        <source>bad user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="43"/>
        <source>not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="45"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="46"/>
        <source>Granted QoS 1</source>
        <translation>授予 QoS 1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="47"/>
        <source>Granted QoS 2</source>
        <translation>授予 QoS 2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="48"/>
        <source>Disconnect with Will Message</source>
        <translation>断开连接并发送遗嘱消息</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="49"/>
        <source>No matching subscribers</source>
        <translation>没有匹配的订阅者</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="50"/>
        <source>No subscription existed</source>
        <translation>订阅不存在</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="51"/>
        <source>Continue authentication</source>
        <translation>继续认证</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="52"/>
        <source>Re-authenticate</source>
        <translation>重新认证</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="53"/>
        <source>Unspecified error</source>
        <translation>未指明的错误</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="54"/>
        <source>Malformed Packet</source>
        <translation>数据包格式错误</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="55"/>
        <source>Protocol Error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="56"/>
        <source>Unsupported Protocol Version</source>
        <translation>不支持的协议版本</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="57"/>
        <source>Client Identifier not valid</source>
        <translation>客户端标识符无效</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="58"/>
        <source>Bad User Name or Password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="59"/>
        <source>Not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="60"/>
        <source>Server unavailable</source>
        <translation>服务器不可用</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="61"/>
        <source>Topic Filter invalid</source>
        <translation>主题过滤器无效</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="62"/>
        <source>Topic Name invalid</source>
        <translation>主题名无效</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="63"/>
        <source>Quota exceeded</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="68"/>
        <source>granted QoS %1</source>
        <translation>授予 QoS %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="69"/>
        <source>failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="69"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="75"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="79"/>
        <source>Properties:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="104"/>
        <source>protocol name &quot;%1&quot; is not MQTT</source>
        <translation>协议名“%1”不是 MQTT</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="108"/>
        <source>Protocol: %1, level %2</source>
        <translation>协议：%1，级别 %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="109"/>
        <source>Flags: clean start %1, will %2 (QoS %3, retain %4), user name %5, password %6</source>
        <translation>标志：clean start %1，遗嘱 %2（QoS %3，retain %4），用户名 %5，密码 %6</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="116"/>
        <source>Keep alive: %1 s</source>
        <translation>保活：%1 秒</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="119"/>
        <source>Client id: %1</source>
        <translation>客户端 ID：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="121"/>
        <source>Will properties:</source>
        <translation>遗嘱属性：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="123"/>
        <source>Will: %1 %2</source>
        <translation>遗嘱：%1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="126"/>
        <source>User name: %1</source>
        <translation>用户名：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="128"/>
        <source>Password: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="137"/>
        <source>Session present: %1</source>
        <translation>会话存在：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="138"/>
        <source>Return code: %1 (%2)</source>
        <translation>返回码：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="148"/>
        <source>a PUBLISH with QoS 3</source>
        <translation>QoS 为 3 的 PUBLISH</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="153"/>
        <source>Topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="154"/>
        <source>QoS: %1, retain %2, duplicate %3</source>
        <translation>QoS：%1，retain %2，重复 %3</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="161"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="181"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="197"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="232"/>
        <source>Packet id: %1</source>
        <translation>数据包 ID：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="169"/>
        <source>Payload %1:</source>
        <translation>负载 %1：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="186"/>
        <location filename="../app/core/decode/mqttpackets.cpp" line="241"/>
        <source>Reason code: %1 (%2)</source>
        <translation>原因码：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="206"/>
        <source>Topic filter: %1</source>
        <translation>主题过滤器：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="215"/>
        <source>Topic filter: %1, QoS %2, no local %3, retain as published %4, retain handling %5</source>
        <translation>主题过滤器：%1，QoS %2，no local %3，retain as published %4，retain handling %5</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="223"/>
        <source>a %1 without topic filters</source>
        <translation>没有主题过滤器的 %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="267"/>
        <source>AUTH exists only in MQTT 5</source>
        <translation>AUTH 仅存在于 MQTT 5 中</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="307"/>
        <source>reserved packet type 0</source>
        <translation>保留的数据包类型 0</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="313"/>
        <source>the %1 is cut short</source>
        <translation>%1 被截断</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttpackets.cpp" line="316"/>
        <source>%1 left over after the %2</source>
        <translation>%2 之后还剩 %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="21"/>
        <source>Payload Format Indicator</source>
        <translation>负载格式指示符</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="22"/>
        <source>Message Expiry Interval</source>
        <translation>消息过期间隔</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="23"/>
        <source>Content Type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="24"/>
        <source>Response Topic</source>
        <translation>响应主题</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="25"/>
        <source>Correlation Data</source>
        <translation>关联数据</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="26"/>
        <source>Subscription Identifier</source>
        <translation>订阅标识符</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="27"/>
        <source>Session Expiry Interval</source>
        <translation>会话过期间隔</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="28"/>
        <source>Assigned Client Identifier</source>
        <translation>分配的客户端标识符</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="29"/>
        <source>Server Keep Alive</source>
        <translation>服务器保活时间</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="30"/>
        <source>Authentication Method</source>
        <translation>认证方法</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="31"/>
        <source>Authentication Data</source>
        <translation>认证数据</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="32"/>
        <source>Request Problem Information</source>
        <translation>请求问题信息</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="33"/>
        <source>Will Delay Interval</source>
        <translation>遗嘱延迟间隔</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="34"/>
        <source>Request Response Information</source>
        <translation>请求响应信息</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="35"/>
        <source>Response Information</source>
        <translation>响应信息</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="36"/>
        <source>Server Reference</source>
        <translation>服务器引用</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="37"/>
        <source>Reason String</source>
        <translation>原因字符串</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="38"/>
        <source>Receive Maximum</source>
        <translation>接收最大值</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="39"/>
        <source>Topic Alias Maximum</source>
        <translation>主题别名最大值</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="40"/>
        <source>Topic Alias</source>
        <translation>主题别名</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="41"/>
        <source>Maximum QoS</source>
        <translation>最大 QoS</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="42"/>
        <source>Retain Available</source>
        <translation>支持保留消息</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="43"/>
        <source>User Property</source>
        <translation>用户属性</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="44"/>
        <source>Maximum Packet Size</source>
        <translation>最大数据包大小</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="45"/>
        <source>Wildcard Subscription Available</source>
        <translation>支持通配符订阅</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="46"/>
        <source>Subscription Identifier Available</source>
        <translation>支持订阅标识符</translation>
    </message>
    <message>
        <location filename="../app/core/decode/mqttreader.cpp" line="47"/>
        <source>Shared Subscription Available</source>
        <translation>支持共享订阅</translation>
    </message>
</context>
<context>
    <name>Sockscope::MsgpackDecoder</name>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="101"/>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="122"/>
        <source>invalid byte at %1</source>
        <translation>第 %1 字节无效</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="127"/>
        <source>cut short: %1 end before the object does</source>
        <translation>数据被截断：%1 已结束，对象却尚未结束</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="146"/>
        <source>%1 after the MessagePack object</source>
        <translation>MessagePack 对象之后还有 %1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="157"/>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <location filename="../app/core/decode/msgpackdecoder.cpp" line="203"/>
        <source>a close frame is not MessagePack</source>
        <translation>关闭帧不是 MessagePack</translation>
    </message>
</context>
<context>
    <name>Sockscope::NewConnectionDialog</name>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="46"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="68"/>
        <source>ws://localhost:8080/ or wss://example.com/socket</source>
        <translation>ws://localhost:8080/ 或 wss://example.com/socket</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="70"/>
        <source>comma-separated, e.g. chat, superchat</source>
        <translation>以逗号分隔，例如 chat, superchat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="71"/>
        <source>none, e.g. https://example.com</source>
        <translation>无，例如 https://example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="72"/>
        <source>Offer permessage-&amp;deflate compression</source>
        <translation>提供 permessage-deflate 压缩(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="73"/>
        <source>&amp;Skip certificate verification (insecure)</source>
        <translation>跳过证书验证（不安全）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="74"/>
        <source>CA Certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="75"/>
        <source>Client Certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="76"/>
        <source>Client Private Key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="77"/>
        <source>the URL&apos;s host</source>
        <translation>URL 中的主机</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="79"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="81"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="82"/>
        <source>optional, never saved in profiles</source>
        <translation>可选，绝不会保存到配置中</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="85"/>
        <source>&amp;Reconnect automatically, with exponential back-off</source>
        <translation>自动重新连接，采用指数退避(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="91"/>
        <source>New Connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="112"/>
        <source>⚠ Certificate verification is off: anyone on the network path can pose as the server and read or change the traffic.</source>
        <translation>⚠ 证书验证已关闭：网络路径上的任何人都能冒充服务器，读取或篡改流量。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="120"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="124"/>
        <source>Re&amp;quest</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="125"/>
        <source>&amp;TLS</source>
        <translation>TLS(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="126"/>
        <source>Pro&amp;xy</source>
        <translation>代理(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="127"/>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="130"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="164"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="164"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="169"/>
        <source>&amp;Add Header</source>
        <translation>添加标头(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="171"/>
        <source>Remo&amp;ve Header</source>
        <translation>移除标头(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="186"/>
        <source>Su&amp;bprotocols:</source>
        <translation>子协议(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="187"/>
        <source>&amp;Origin:</source>
        <translation>Origin(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="191"/>
        <source>Extra headers, sent in this order after the standard ones:</source>
        <translation>额外标头，按此顺序在标准标头之后发送：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="201"/>
        <source>These settings apply to wss:// URLs. Certificates are verified against the system&apos;s trusted CAs and the CA file below.</source>
        <translation>这些设置适用于 wss:// URL。证书依据系统信任的 CA 和下面的 CA 文件进行验证。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="206"/>
        <source>C&amp;A file:</source>
        <translation>CA 文件(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="207"/>
        <source>Client c&amp;ertificate:</source>
        <translation>客户端证书(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="208"/>
        <source>Client &amp;key:</source>
        <translation>客户端私钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="209"/>
        <source>Server &amp;name (SNI):</source>
        <translation>服务器名称（SNI）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="216"/>
        <source>No proxy</source>
        <translation>无代理</translation>
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
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="226"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="227"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="228"/>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="229"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="235"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="239"/>
        <source>Co&amp;nnect timeout:</source>
        <translation>连接超时(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="240"/>
        <source>Automatic p&amp;ing every:</source>
        <translation>自动 Ping 间隔(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="242"/>
        <source>&amp;First retry after:</source>
        <translation>首次重试等待(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="243"/>
        <source>&amp;Longest wait between retries:</source>
        <translation>两次重试之间最长等待(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="319"/>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存配置。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="359"/>
        <source>Recent URLs (Alt+Down)</source>
        <translation>最近使用的 URL（Alt+Down）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="416"/>
        <source>A header with the value &quot;%1&quot; has no name.</source>
        <translation>值为“%1”的标头没有名称。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="418"/>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>“%1”不是有效的标头名称：请使用字母、数字和 !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="422"/>
        <source>The value of header %1 contains a line break.</source>
        <translation>标头 %1 的值包含换行符。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="426"/>
        <source>&quot;%1&quot; is not a valid subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>“%1”不是有效的子协议名称：请使用字母、数字和 !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="429"/>
        <source>The proxy needs a host name.</source>
        <translation>代理需要主机名。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newconnectiondialog.cpp" line="431"/>
        <source>The first reconnect delay is longer than the longest wait between retries.</source>
        <translation>首次重新连接延迟长于两次重试之间的最长等待时间。</translation>
    </message>
</context>
<context>
    <name>Sockscope::NewProxyDialog</name>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="44"/>
        <source>Upstream &amp;Connection Options…</source>
        <translation>上游连接选项(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="49"/>
        <source>Proxy Certificate</source>
        <translation>代理证书</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="50"/>
        <source>Proxy Private Key</source>
        <translation>代理私钥</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="51"/>
        <source>Offer and accept permessage-&amp;deflate on both legs</source>
        <translation>在两段连接上提供并接受 permessage-deflate(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="56"/>
        <source>New Proxy</source>
        <translation>新建代理</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="73"/>
        <source>Reverse proxy: every client is relayed to one upstream server</source>
        <translation>反向代理：每个客户端都被转发到同一个上游服务器</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="74"/>
        <source>Forward proxy: clients use Sockscope as their HTTP proxy</source>
        <translation>正向代理：客户端将 Sockscope 用作 HTTP 代理</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="77"/>
        <source>Each client&apos;s path and query are appended to this URL.</source>
        <translation>每个客户端的路径和查询会附加到此 URL 后。</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="82"/>
        <source>Point clients at this address as their HTTP proxy. For wss:// they must trust Sockscope&apos;s certificate authority: %1</source>
        <translation>请将客户端的 HTTP 代理设为此地址。使用 wss:// 时，客户端必须信任 Sockscope 的证书颁发机构：%1</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="91"/>
        <source>One per line: DIR:REGEX:REPLACEMENT, DIR is c2s, s2c or both</source>
        <translation>每行一条：DIR:REGEX:REPLACEMENT，DIR 为 c2s、s2c 或 both</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="93"/>
        <source>One per line: DIR:REGEX</source>
        <translation>每行一条：DIR:REGEX</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="105"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="113"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="115"/>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="116"/>
        <source>&amp;Upstream URL:</source>
        <translation>上游 URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="124"/>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="126"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="128"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="129"/>
        <source>TLS &amp;certificate:</source>
        <translation>TLS 证书(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="130"/>
        <source>TLS private &amp;key:</source>
        <translation>TLS 私钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="137"/>
        <source>Rules for text messages (applied before the intercept queue)</source>
        <translation>文本消息规则（在拦截队列之前应用）</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="139"/>
        <source>&amp;Replace:</source>
        <translation>替换(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="140"/>
        <source>&amp;Drop:</source>
        <translation>丢弃(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="147"/>
        <source>Upstream Connection Options</source>
        <translation>上游连接选项</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="198"/>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/proxy/newproxydialog.cpp" line="218"/>
        <source>Enter the upstream server&apos;s URL, e.g. ws://127.0.0.1:9001.</source>
        <translation>请输入上游服务器的 URL，例如 ws://127.0.0.1:9001。</translation>
    </message>
</context>
<context>
    <name>Sockscope::NewServerDialog</name>
    <message>
        <location filename="../ui/dialogs/filepathedit.cpp" line="15"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="39"/>
        <source>Server Certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="40"/>
        <source>Server Private Key</source>
        <translation>服务器私钥</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="42"/>
        <source>Accept permessage-&amp;deflate compression</source>
        <translation>接受 permessage-deflate 压缩(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="45"/>
        <source>Capture to Replay</source>
        <translation>要重放的捕获文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="45"/>
        <source>Captures (*.wscap *.har *.jsonl);;All files (*)</source>
        <translation>捕获文件 (*.wscap *.har *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="49"/>
        <source>New Server</source>
        <translation>新建服务器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="19"/>
        <source>The IP address to listen on. Loopback (127.0.0.1, ::1) accepts only this machine; 0.0.0.0 and :: accept every network interface.</source>
        <translation>要监听的 IP 地址。环回地址（127.0.0.1、::1）只接受本机连接；0.0.0.0 和 :: 接受所有网络接口。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="25"/>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="76"/>
        <source>none; comma-separated, in order of preference</source>
        <translation>无；以逗号分隔，按优先顺序排列</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="77"/>
        <source>The server picks the first of these that the client offers.</source>
        <translation>服务器从中选择客户端提供的第一个。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="80"/>
        <source>none; comma-separated names, e.g. Authorization</source>
        <translation>无；以逗号分隔的名称，例如 Authorization</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="81"/>
        <source>A client whose upgrade request lacks one of these headers is refused with 400 Bad Request.</source>
        <translation>升级请求缺少其中任一标头的客户端将被以 400 Bad Request 拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="84"/>
        <source>Echo: send each message back to its sender</source>
        <translation>回显：将每条消息发回给发送者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="85"/>
        <source>Broadcast: send each message to every peer</source>
        <translation>广播：将每条消息发送给所有对端</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="86"/>
        <source>Manual: you type the replies</source>
        <translation>手动：由您输入回复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="87"/>
        <source>Replay: answer with the server messages of a capture</source>
        <translation>重放：用捕获文件中的服务器消息作答</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="90"/>
        <source>After each client message, as recorded</source>
        <translation>在每条客户端消息之后回复，与录制时一致</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="91"/>
        <source>With the original timing</source>
        <translation>按原始时间间隔</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="110"/>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="112"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="114"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="120"/>
        <source>TLS (wss://)</source>
        <translation>TLS（wss://）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="122"/>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="123"/>
        <source>Private &amp;key:</source>
        <translation>私钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="129"/>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="131"/>
        <source>Su&amp;bprotocols:</source>
        <translation>子协议(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="133"/>
        <source>Required &amp;headers:</source>
        <translation>必需的标头(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="139"/>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="141"/>
        <source>&amp;Messages:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="142"/>
        <source>Capture &amp;file:</source>
        <translation>捕获文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="143"/>
        <source>&amp;Replies:</source>
        <translation>回复(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="150"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="220"/>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存配置。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="42"/>
        <source>&quot;%1&quot; is not an IP address to listen on: use e.g. 127.0.0.1 or ::1.</source>
        <translation>“%1”不是可监听的 IP 地址：请使用例如 127.0.0.1 或 ::1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="67"/>
        <source>A wss:// server needs a private key file with its certificate.</source>
        <translation>wss:// 服务器需要与证书配套的私钥文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="70"/>
        <source>A wss:// server needs a certificate file with its private key.</source>
        <translation>wss:// 服务器需要与私钥配套的证书文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="262"/>
        <source>&quot;%1&quot; is not a valid subprotocol name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>“%1”不是有效的子协议名称：请使用字母、数字和 !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="266"/>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>“%1”不是有效的标头名称：请使用字母、数字和 !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="271"/>
        <source>Choose a capture file to replay.</source>
        <translation>请选择要重放的捕获文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newserverdialog.cpp" line="274"/>
        <source>Cannot read the capture file %1.</source>
        <translation>无法读取捕获文件 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="55"/>
        <source>⚠ Listening on every network interface: other machines can connect to this server.</source>
        <translation>⚠ 正在监听所有网络接口：其他计算机可以连接到此服务器。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/listenaddress.cpp" line="58"/>
        <source>⚠ %1 is not a loopback address: other machines can connect to this server.</source>
        <translation>⚠ %1 不是环回地址：其他计算机可以连接到此服务器。</translation>
    </message>
</context>
<context>
    <name>Sockscope::OutputOptions</name>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="47"/>
        <source>Print each frame&apos;s decoded summary (JSON, Socket.IO, GraphQL, MQTT, …) instead of the raw preview; with --jsonl, add a &quot;decoded&quot; member.</source>
        <translation>输出每个帧的解码摘要（JSON、Socket.IO、GraphQL、MQTT 等），而不是原始预览；配合 --jsonl 时增加 &quot;decoded&quot; 成员。</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="52"/>
        <source>Record the session into this .wscap capture.</source>
        <translation>将会话录制到此 .wscap 捕获文件中。</translation>
    </message>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="53"/>
        <source>Print one JSON object per event.</source>
        <translation>每个事件输出一个 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>Sockscope::PayloadDecoder</name>
    <message>
        <location filename="../app/core/decode/payloaddecoder.cpp" line="11"/>
        <source>cannot decode: %1</source>
        <translation>无法解码：%1</translation>
    </message>
</context>
<context>
    <name>Sockscope::PcapImport</name>
    <message>
        <location filename="../app/core/capture/pcapimport.cpp" line="334"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/pcapimport.cpp" line="339"/>
        <source>cannot decode %1: link type %2 is not supported (Ethernet, Linux cooked, loopback or raw IP)</source>
        <translation>无法解码 %1：不支持链路类型 %2（支持以太网、Linux cooked、环回或原始 IP）</translation>
    </message>
    <message>
        <location filename="../app/core/capture/pcapimport.cpp" line="359"/>
        <source>cannot decode %1 after packet %2: %3</source>
        <translation>无法解码 %1 中第 %2 个数据包之后的内容：%3</translation>
    </message>
</context>
<context>
    <name>Sockscope::PcapngExport</name>
    <message>
        <location filename="../app/core/capture/pcapngexport.cpp" line="169"/>
        <location filename="../app/core/capture/pcapngexport.cpp" line="208"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/pcapngexport.cpp" line="200"/>
        <source>export of %1 cancelled</source>
        <translation>%1 的导出已取消</translation>
    </message>
</context>
<context>
    <name>Sockscope::PerMessageDeflate</name>
    <message>
        <location filename="../app/core/protocol/permessagedeflate.cpp" line="126"/>
        <source>server answered with %1 extensions, only permessage-deflate was offered</source>
        <translation>服务器返回了 %1 个扩展，而只提供了 permessage-deflate</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/permessagedeflate.cpp" line="132"/>
        <source>server accepted an extension that was not offered: %1</source>
        <translation>服务器接受了未提供的扩展：%1</translation>
    </message>
    <message>
        <location filename="../app/core/protocol/permessagedeflate.cpp" line="146"/>
        <source>invalid permessage-deflate parameter in the server&apos;s response: %1</source>
        <translation>服务器响应中的 permessage-deflate 参数无效：%1</translation>
    </message>
</context>
<context>
    <name>Sockscope::PingEditor</name>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="23"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="23"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="27"/>
        <source>Optional payload, echoed back in the Pong</source>
        <translation>可选的负载，会在 Pong 中原样返回</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="32"/>
        <source>Send &amp;Ping</source>
        <translation>发送 Ping(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="39"/>
        <source>Payload:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="60"/>
        <source>Send a Ping frame with this payload</source>
        <translation>发送带此负载的 Ping 帧</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="77"/>
        <source>%1 / %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <location filename="../ui/composer/pingeditor.cpp" line="79"/>
        <source>The payload is %1 bytes; a Ping carries at most %2. Use the raw frame builder to send a longer one anyway.</source>
        <translation>负载为 %1 字节；Ping 最多携带 %2 字节。如仍要发送更长的负载，请使用原始帧构建器。</translation>
    </message>
</context>
<context>
    <name>Sockscope::PlotsPane</name>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="86"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="87"/>
        <source>Selected connection</source>
        <translation>所选连接</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="88"/>
        <source>A selected server includes its peers</source>
        <translation>选中服务器时包括其对端</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="92"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="92"/>
        <source>Freeze the plot; zooming or panning pauses it too</source>
        <translation>冻结图表；缩放或平移也会使其暂停</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="96"/>
        <source>Clear Range</source>
        <translation>清除范围</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="96"/>
        <source>Show the frames of every time again (double-click)</source>
        <translation>重新显示所有时间的帧（双击）</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="99"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="99"/>
        <source>Export the plot as a PNG picture</source>
        <translation>将图表导出为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="101"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="101"/>
        <source>Export the plotted data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="116"/>
        <source>Drag: filter the log to a time range · Click: select the nearest frame · Ctrl+drag: pan · Wheel: zoom</source>
        <translation>拖动：将日志过滤到某一时间范围 · 单击：选择最近的帧 · Ctrl+拖动：平移 · 滚轮：缩放</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="125"/>
        <source>Messages/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="126"/>
        <source>Frames/s</source>
        <translation>帧/秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="127"/>
        <source>Wire bytes/s</source>
        <translation>线路字节/秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="128"/>
        <source>Inflated bytes/s</source>
        <translation>解压后字节/秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="129"/>
        <source>Ping round trip</source>
        <translation>Ping 往返时间</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="130"/>
        <source>Message sizes</source>
        <translation>消息大小</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="139"/>
        <source>Last 10 s</source>
        <translation>最近 10 秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="140"/>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="141"/>
        <source>Last 5 min</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="142"/>
        <source>Last 15 min</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="143"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="144"/>
        <source>Whole session</source>
        <translation>整个会话</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="342"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="355"/>
        <source>Export Plot Data</source>
        <translation>导出图表数据</translation>
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
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="363"/>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="363"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/plots/plotspane.cpp" line="365"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProfileBar</name>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="17"/>
        <source>Choose a saved profile…</source>
        <translation>选择已保存的配置…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="20"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="22"/>
        <source>Save the form as a named profile</source>
        <translation>将表单保存为命名配置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="23"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="25"/>
        <source>Delete the chosen profile</source>
        <translation>删除所选配置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="28"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="64"/>
        <source>Save Profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="64"/>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="75"/>
        <source>Delete Profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/profilebar.cpp" line="75"/>
        <source>Delete the saved profile &quot;%1&quot;?</source>
        <translation>删除已保存的配置“%1”？</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtoSchemaDialog</name>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="31"/>
        <source>Protocol Buffers Schema</source>
        <translation>Protocol Buffers 模式</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="60"/>
        <source>Filter message types</source>
        <translation>筛选消息类型</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="73"/>
        <source>Add .proto Files…</source>
        <translation>添加 .proto 文件…</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="74"/>
        <source>Add Import Folder…</source>
        <translation>添加导入文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="75"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="86"/>
        <source>Schema files and import folders:</source>
        <translation>模式文件和导入文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="90"/>
        <source>Message type of the payloads:</source>
        <translation>负载的消息类型：</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="100"/>
        <source>Add .proto Files</source>
        <translation>添加 .proto 文件</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="101"/>
        <source>Protocol Buffers schemas (*.proto);;All files (*)</source>
        <translation>Protocol Buffers 模式 (*.proto);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="106"/>
        <source>Add Import Folder</source>
        <translation>添加导入文件夹</translation>
    </message>
    <message>
        <location filename="../ui/decoders/protoschemadialog.cpp" line="147"/>
        <source>%1 (import folder)</source>
        <translation>%1（导入文件夹）</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtoSchemaPool</name>
    <message numerus="yes">
        <location filename="../app/core/decode/protoschemapool.cpp" line="46"/>
        <source>%1 (and %n more error(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个错误）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="106"/>
        <source>%1: hidden by %2 of the same name in an import folder</source>
        <translation>%1：被导入文件夹中的同名文件 %2 遮蔽</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="111"/>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="134"/>
        <source>no .proto file given</source>
        <translation>未指定 .proto 文件</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="199"/>
        <source>the message type %1 is not loaded</source>
        <translation>消息类型 %1 未载入</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="209"/>
        <source>not a %1 message: the bytes end or break off at byte %2</source>
        <translation>不是 %1 消息：数据在第 %2 字节处结束或中断</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="210"/>
        <source>not a %1 message: %2</source>
        <translation>不是 %1 消息：%2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protoschemapool.cpp" line="224"/>
        <source>Missing required fields: %1</source>
        <translation>缺少必需字段：%1</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtobufSchemaDecoder</name>
    <message>
        <location filename="../app/core/decode/protobufschemadecoder.cpp" line="11"/>
        <source>Protocol Buffers (with .proto)</source>
        <translation>Protocol Buffers（使用 .proto）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufschemadecoder.cpp" line="25"/>
        <source>no message type chosen</source>
        <translation>未选择消息类型</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufschemadecoder.cpp" line="27"/>
        <source>a close frame is not a protobuf message</source>
        <translation>关闭帧不是 protobuf 消息</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtobufWireDecoder</name>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="140"/>
        <source>no valid field tag at byte %1</source>
        <translation>第 %1 字节处没有有效的字段标签</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="143"/>
        <source>end of a group that was not started at byte %1</source>
        <translation>第 %1 字节处结束了一个未开始的组</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="156"/>
        <source>group %1 not ended at byte %2</source>
        <translation>组 %1 在第 %2 字节处未结束</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="166"/>
        <source>field %1 cut short at byte %2</source>
        <translation>字段 %1 在第 %2 字节处被截断</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="206"/>
        <source>field %1 has the invalid wire type %2 at byte %3</source>
        <translation>字段 %1 在第 %3 字节处的线路类型 %2 无效</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="213"/>
        <source>groups nested deeper than %1 levels at byte %2</source>
        <translation>组嵌套超过 %1 层（第 %2 字节处）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="296"/>
        <source>an empty message has no fields to show</source>
        <translation>空消息中没有可显示的字段</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="310"/>
        <source>Protocol Buffers (no schema)</source>
        <translation>Protocol Buffers（无模式）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="335"/>
        <source>a close frame is not a protobuf message</source>
        <translation>关闭帧不是 protobuf 消息</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="346"/>
        <source>protobuf 1 field: </source>
        <translation>protobuf 1 个字段：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protobufwiredecoder.cpp" line="346"/>
        <source>protobuf %1 fields: </source>
        <translation>protobuf %1 个字段：</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProtocolText</name>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="68"/>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="75"/>
        <source>not JSON</source>
        <translation>不是 JSON</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="144"/>
        <source>Only the client sends %1.</source>
        <translation>只有客户端发送 %1。</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="146"/>
        <source>Only the server sends %1.</source>
        <translation>只有服务器发送 %1。</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="166"/>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="167"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../app/core/decode/protocoltext.cpp" line="172"/>
        <source>(%1 B)</source>
        <translation>（%1 B）</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProxyCommand</name>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="23"/>
        <source>Address to listen on (default 127.0.0.1:0, a free port).</source>
        <translation>要监听的地址（默认 127.0.0.1:0，即任意空闲端口）。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="26"/>
        <source>Reverse proxy to this ws:// or wss:// URL; without it, a forward HTTP proxy.</source>
        <translation>反向代理到此 ws:// 或 wss:// URL；不指定时作为正向 HTTP 代理。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="30"/>
        <source>Accept permessage-deflate from clients and offer it upstream.</source>
        <translation>接受客户端的 permessage-deflate，并向上游提供。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="32"/>
        <source>Listen with wss:// and this PEM certificate.</source>
        <translation>以 wss:// 和此 PEM 证书监听。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="33"/>
        <source>PEM private key of the certificate.</source>
        <translation>证书的 PEM 私钥。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="36"/>
        <source>Edit text messages: DIR:REGEX:REPLACEMENT, DIR c2s, s2c or both (repeatable).</source>
        <translation>编辑文本消息：DIR:REGEX:REPLACEMENT，DIR 为 c2s、s2c 或 both（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="40"/>
        <source>Drop text messages that match: DIR:REGEX (repeatable).</source>
        <translation>丢弃匹配的文本消息：DIR:REGEX（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="43"/>
        <source>Print the path of the forward proxy&apos;s CA certificate (created if needed) and exit.</source>
        <translation>输出正向代理 CA 证书的路径（必要时创建）后退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="46"/>
        <source>Print only the listening line and errors, not every event.</source>
        <translation>只输出监听行和错误，不输出每个事件。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="58"/>
        <source>Run a WebSocket proxy and print every frame of both legs.</source>
        <translation>运行 WebSocket 代理，输出两段连接上的每一帧。</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="72"/>
        <source>proxy takes no positional arguments, got &quot;%1&quot;</source>
        <translation>proxy 不接受位置参数，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="86"/>
        <source>warning: TLS certificate verification is off (--insecure)</source>
        <translation>警告：TLS 证书验证已关闭（--insecure）</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="98"/>
        <source>listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="110"/>
        <source>--listen takes HOST:PORT with a numeric address, got &quot;%1&quot;</source>
        <translation>--listen 需要带数字地址的 HOST:PORT，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/proxycommand.cpp" line="114"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert 和 --tls-key 必须同时使用</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProxyPair</name>
    <message>
        <location filename="../app/net/proxypair.cpp" line="203"/>
        <source>upstream unreachable: %1</source>
        <translation>无法连接上游：%1</translation>
    </message>
    <message>
        <location filename="../app/net/proxypair.cpp" line="394"/>
        <source>upstream connection dropped</source>
        <translation>上游连接已断开</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProxyRules</name>
    <message>
        <location filename="../app/net/proxyrules.cpp" line="30"/>
        <source>rule &quot;%1&quot; must start with c2s:, s2c: or both:</source>
        <translation>规则“%1”必须以 c2s:、s2c: 或 both: 开头</translation>
    </message>
    <message>
        <location filename="../app/net/proxyrules.cpp" line="39"/>
        <source>rule &quot;%1&quot; needs DIR:REGEX:REPLACEMENT</source>
        <translation>规则“%1”需要 DIR:REGEX:REPLACEMENT</translation>
    </message>
    <message>
        <location filename="../app/net/proxyrules.cpp" line="47"/>
        <source>rule &quot;%1&quot;: invalid regular expression: %2</source>
        <translation>规则“%1”：无效的正则表达式：%2</translation>
    </message>
    <message>
        <location filename="../app/net/proxyrules.cpp" line="48"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>Sockscope::ProxyServer</name>
    <message>
        <location filename="../app/net/proxyserver.cpp" line="123"/>
        <source>a proxy request needs an absolute URL or a Host header</source>
        <translation>代理请求需要绝对 URL 或 Host 标头</translation>
    </message>
    <message>
        <location filename="../app/net/proxyserver.cpp" line="181"/>
        <source>CONNECT needs host:port, got &quot;%1&quot;</source>
        <translation>CONNECT 需要 host:port，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/net/proxyserver.cpp" line="216"/>
        <source>cannot terminate TLS for %1: %2</source>
        <translation>无法为 %1 终止 TLS：%2</translation>
    </message>
    <message>
        <location filename="../app/net/proxyserver.cpp" line="216"/>
        <source>no local CA</source>
        <translation>没有本地 CA</translation>
    </message>
</context>
<context>
    <name>Sockscope::RawFrameEditor</name>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="35"/>
        <source>7-bit</source>
        <translation>7 位</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="37"/>
        <source>16-bit</source>
        <translation>16 位</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="39"/>
        <source>64-bit</source>
        <translation>64 位</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="49"/>
        <source>Continuation</source>
        <translation>延续</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="52"/>
        <location filename="../ui/composer/rawframeeditor.cpp" line="170"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="55"/>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="58"/>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>保留的数据操作码</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="67"/>
        <source>reserved control opcode</source>
        <translation>保留的控制操作码</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="110"/>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="110"/>
        <source>Final fragment of a message</source>
        <translation>消息的最后一个分片</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="112"/>
        <source>RSV1</source>
        <translation>RSV1</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="113"/>
        <source>Reserved bit 1 (&quot;compressed&quot; with permessage-deflate)</source>
        <translation>保留位 1（在 permessage-deflate 中表示“已压缩”）</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="114"/>
        <source>RSV2</source>
        <translation>RSV2</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="114"/>
        <source>Reserved bit 2</source>
        <translation>保留位 2</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="115"/>
        <source>RSV3</source>
        <translation>RSV3</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="115"/>
        <source>Reserved bit 3</source>
        <translation>保留位 3</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="128"/>
        <source>Reserved by RFC 6455: a peer must fail the connection</source>
        <translation>RFC 6455 保留位：对端必须使连接失败</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="136"/>
        <source>MASK</source>
        <translation>MASK</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="136"/>
        <source>Mask the payload (clients must, servers must not)</source>
        <translation>对负载进行掩码（客户端必须掩码，服务器不得掩码）</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="138"/>
        <location filename="../ui/composer/rawframeeditor.cpp" line="141"/>
        <location filename="../ui/composer/rawframeeditor.cpp" line="329"/>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="142"/>
        <source>8 hex digits such as 37fa213d, or &quot;random&quot; for a new key per frame</source>
        <translation>8 位十六进制数字，例如 37fa213d，或填 &quot;random&quot; 为每帧生成新密钥</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="153"/>
        <source>The payload length written in the header; empty writes the real length</source>
        <translation>写入帧头的负载长度；留空则写入实际长度</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="158"/>
        <source>Shortest</source>
        <translation>最短</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="159"/>
        <source>Force 16-bit</source>
        <translation>强制 16 位</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="160"/>
        <source>Force 64-bit</source>
        <translation>强制 64 位</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="161"/>
        <source>RFC 6455 requires the shortest encoding; a longer one tests the peer&apos;s parser</source>
        <translation>RFC 6455 要求最短编码；更长的编码可用于测试对端的解析器</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="170"/>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="175"/>
        <source>Payload as typed; masked on the wire when MASK is set</source>
        <translation>按输入的负载；设置 MASK 时在线路上掩码</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="191"/>
        <source>Send &amp;Frame</source>
        <translation>发送帧(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="198"/>
        <source>Bits:</source>
        <translation>位：</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="199"/>
        <source>Opcode:</source>
        <translation>操作码：</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="200"/>
        <source>Mask:</source>
        <translation>掩码：</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="200"/>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="201"/>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="203"/>
        <source>Payload:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="205"/>
        <source>Header:</source>
        <translation>帧头：</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="233"/>
        <source>Send exactly this frame, however invalid</source>
        <translation>原样发送此帧，即使它无效</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="292"/>
        <source>Payload: %1</source>
        <translation>负载：%1</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="297"/>
        <source>real length (%1)</source>
        <translation>实际长度（%1）</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="304"/>
        <source>Length: at most %1.</source>
        <translation>长度：最大为 %1。</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="318"/>
        <source>Length %1 in a %2 field, longer than needed</source>
        <translation>长度 %1 写在 %2 字段中，比所需的长</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="320"/>
        <source>Length %1 in a %2 field: it does not fit in %3</source>
        <translation>长度 %1 写在 %2 字段中：无法放入 %3 字段</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="323"/>
        <source>Length %1 in a %2 field</source>
        <translation>长度 %1 写在 %2 字段中</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="333"/>
        <source>Mask key: %1</source>
        <translation>掩码密钥：%1</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="335"/>
        <source>Mask key: needs 4 bytes (8 hex digits), not %1.</source>
        <translation>掩码密钥：需要 4 字节（8 位十六进制数字），而不是 %1。</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="277"/>
        <source>A valid frame.</source>
        <translation>有效的帧。</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="278"/>
        <source>Breaks RFC 6455: %1.</source>
        <translation>违反 RFC 6455：%1。</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="278"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="353"/>
        <source>%1   (header %2 B, payload %3 B)</source>
        <translation>%1   （帧头 %2 B，负载 %3 B）</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="363"/>
        <source>RSV1 set (only valid with permessage-deflate)</source>
        <translation>置位了 RSV1（仅在 permessage-deflate 下有效）</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="365"/>
        <source>RSV2/RSV3 set with no extension defining them</source>
        <translation>置位了 RSV2/RSV3，但没有扩展定义它们</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="367"/>
        <source>reserved opcode</source>
        <translation>保留的操作码</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="369"/>
        <source>fragmented control frame</source>
        <translation>控制帧被分片</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="371"/>
        <source>control frame longer than 125 bytes</source>
        <translation>控制帧超过 125 字节</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="373"/>
        <source>length field %1, payload size %2</source>
        <translation>长度字段 %1，负载大小 %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="375"/>
        <source>length not in the shortest encoding</source>
        <translation>长度未采用最短编码</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="377"/>
        <source>64-bit length with the most significant bit set</source>
        <translation>64 位长度的最高有效位已置位</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="379"/>
        <source>unmasked frame from a client</source>
        <translation>来自客户端的未掩码帧</translation>
    </message>
    <message>
        <location filename="../ui/composer/rawframeeditor.cpp" line="381"/>
        <source>masked frame from a server</source>
        <translation>来自服务器的已掩码帧</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayCommand</name>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="38"/>
        <source>%1 has no connection %2 with messages to replay</source>
        <translation>%1 中没有带可重放消息的连接 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="42"/>
        <source>%1 has no connection with messages to replay</source>
        <translation>%1 中没有带可重放消息的连接</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="53"/>
        <source>Replay a capture: its client messages against a server (--to), or its server messages to clients that connect (--serve).</source>
        <translation>重放捕获文件：将其客户端消息发往服务器（--to），或将其服务器消息发给连接上来的客户端（--serve）。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="55"/>
        <source>Capture (.wscap, .har, .jsonl, .pcap or .pcapng).</source>
        <translation>捕获文件（.wscap、.har、.jsonl、.pcap 或 .pcapng）。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="56"/>
        <source>Replay the client side against this ws:// or wss:// URL.</source>
        <translation>将客户端一侧重放到此 ws:// 或 wss:// URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="59"/>
        <source>Run a mock server answering with the recorded server side.</source>
        <translation>运行模拟服务器，用录制的服务器一侧作答。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="61"/>
        <source>Scale the original timing (2 = twice as fast).</source>
        <translation>缩放原始时间间隔（2 = 两倍速）。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="63"/>
        <source>Send as fast as possible.</source>
        <translation>尽快发送。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="65"/>
        <source>--serve: send by the original timing instead of after each client message.</source>
        <translation>--serve：按原始时间间隔发送，而不是在每条客户端消息之后发送。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="68"/>
        <source>Replay this connection id of the capture (default: the first with messages).</source>
        <translation>重放捕获文件中此 ID 的连接（默认：第一个带消息的连接）。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="70"/>
        <source>Compare the server&apos;s answers with the recording; exit 1 when they differ.</source>
        <translation>将服务器的回复与录制内容比较；不同时以 1 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="72"/>
        <source>Regular expression for volatile text to ignore in --diff (repeatable).</source>
        <translation>在 --diff 中忽略的易变文本的正则表达式（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="74"/>
        <source>Do not print every event.</source>
        <translation>不输出每个事件。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="75"/>
        <source>Do not verify the server&apos;s TLS certificate.</source>
        <translation>不验证服务器的 TLS 证书。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="76"/>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="84"/>
        <source>replay takes one capture file</source>
        <translation>replay 只接受一个捕获文件</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="88"/>
        <source>replay needs exactly one of --to URL or --serve HOST:PORT</source>
        <translation>replay 需要 --to URL 或 --serve HOST:PORT 二者之一</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="92"/>
        <source>--speed and --asap exclude each other</source>
        <translation>--speed 和 --asap 互斥</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="100"/>
        <source>--speed takes a positive number, got &quot;%1&quot;</source>
        <translation>--speed 需要正数，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="109"/>
        <source>--connection takes a connection id, got &quot;%1&quot;</source>
        <translation>--connection 需要连接 ID，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="116"/>
        <source>--ignore: invalid regular expression &quot;%1&quot;: %2</source>
        <translation>--ignore：无效的正则表达式“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="129"/>
        <source>--serve takes HOST:PORT with a numeric address, got &quot;%1&quot;</source>
        <translation>--serve 需要带数字地址的 HOST:PORT，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/replaycommand.cpp" line="191"/>
        <source>listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayDialog</name>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="42"/>
        <location filename="../ui/replay/replaydialog.cpp" line="45"/>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="64"/>
        <source>The server to replay against: the recorded one, or a new build of it</source>
        <translation>重放的目标服务器：录制时的服务器，或其新版本</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="65"/>
        <source>Connection &amp;Options…</source>
        <translation>连接选项(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="72"/>
        <source>Original timing</source>
        <translation>原始时序</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="73"/>
        <source>Original timing, scaled</source>
        <translation>原始时序，按倍率缩放</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="74"/>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="75"/>
        <source>Step by step</source>
        <translation>逐条</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="76"/>
        <source>Step by step shows each message before it is sent, to edit or send as it is</source>
        <translation>逐条模式在发送前显示每条消息，可先编辑或原样发送</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="80"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="81"/>
        <source>2 replays twice as fast as recorded, 0.5 at half speed</source>
        <translation>2 表示以录制时两倍的速度重放，0.5 表示半速</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="83"/>
        <source>One regular expression per line, e.g. &quot;ts&quot;:\s*\d+</source>
        <translation>每行一个正则表达式，例如 &quot;ts&quot;:\s*\d+</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="84"/>
        <source>Text that matches is left out when answers are compared (timestamps, ids)</source>
        <translation>比较应答时忽略匹配的文本（时间戳、ID）</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="90"/>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="92"/>
        <source>&amp;Target URL:</source>
        <translation>目标 URL(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="93"/>
        <source>&amp;Pacing:</source>
        <translation>节奏(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="94"/>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="95"/>
        <source>&amp;Ignore in the diff:</source>
        <translation>差异中忽略(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="105"/>
        <source>Client messages to send: %1. Recorded server answers to compare: %2.</source>
        <translation>要发送的客户端消息：%1 条。要比较的录制服务器应答：%2 条。</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="113"/>
        <source>Replay Connection Options</source>
        <translation>重放连接选项</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="178"/>
        <source>Connection #%1 has no client messages to replay</source>
        <translation>连接 #%1 没有可重放的客户端消息</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaydialog.cpp" line="182"/>
        <source>Invalid regular expression &quot;%1&quot;: %2</source>
        <translation>无效的正则表达式“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayDiffModel</name>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="74"/>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="76"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="78"/>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="80"/>
        <source>Extra</source>
        <translation>多余</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="123"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="125"/>
        <source>Recorded answer</source>
        <translation>录制的应答</translation>
    </message>
    <message>
        <location filename="../app/core/models/replaydiffmodel.cpp" line="127"/>
        <source>Replayed answer</source>
        <translation>重放的应答</translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayPane</name>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="76"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="77"/>
        <source>Replay &amp;Again</source>
        <translation>再次重放(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="81"/>
        <source>Sen&amp;d</source>
        <translation>发送(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="83"/>
        <source>Only &amp;differences</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="134"/>
        <source>%v of %m sent</source>
        <translation>已发送 %v / %m</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="137"/>
        <source>Closes the replay connection; the diff keeps what has arrived</source>
        <translation>关闭重放连接；差异保留已收到的内容</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="139"/>
        <source>Replays the same connection with the same settings and the ignore patterns as they are now</source>
        <translation>以相同设置和当前的忽略模式再次重放同一连接</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="163"/>
        <source>The next recorded client message; edit it before sending if you like (binary messages as hex)</source>
        <translation>下一条录制的客户端消息；可在发送前编辑（二进制消息以十六进制显示）</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="184"/>
        <source>&amp;Ignore Patterns…</source>
        <translation>忽略模式(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="187"/>
        <source>E&amp;xport Diff…</source>
        <translation>导出差异(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="231"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="245"/>
        <source>Replaying</source>
        <translation>正在重放</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="245"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="253"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="253"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="263"/>
        <source>Every client message has been sent.</source>
        <translation>所有客户端消息均已发送。</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="269"/>
        <source>Next message (%1 of %2, binary, as hex):</source>
        <translation>下一条消息（第 %1 条，共 %2 条，二进制，十六进制显示）：</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="272"/>
        <source>Next message (%1 of %2):</source>
        <translation>下一条消息（第 %1 条，共 %2 条）：</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="297"/>
        <source>%1 same · %2 changed · %3 missing · %4 extra</source>
        <translation>%1 相同 · %2 已更改 · %3 缺失 · %4 多余</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="303"/>
        <source>Nothing ignored</source>
        <translation>未忽略任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/replay/replaypane.cpp" line="304"/>
        <source>Ignoring %n pattern(s)</source>
        <translation>
            <numerusform>忽略 %n 个模式</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="340"/>
        <location filename="../ui/replay/replaypane.cpp" line="352"/>
        <source>Ignore Patterns</source>
        <translation>忽略模式</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="341"/>
        <source>Regular expressions, one per line; text they match is left out when answers are compared:</source>
        <translation>正则表达式，每行一个；比较应答时忽略其匹配的文本：</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="353"/>
        <source>Invalid regular expression &quot;%1&quot;: %2</source>
        <translation>无效的正则表达式“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="381"/>
        <location filename="../ui/replay/replaypane.cpp" line="387"/>
        <source>Export Diff</source>
        <translation>导出差异</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="382"/>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/replay/replaypane.cpp" line="387"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Sockscope::SalvagedCaptureSource</name>
    <message>
        <location filename="../app/core/capture/salvagedcapturesource.cpp" line="18"/>
        <source>the file is cut short; its %1 remaining pages were read one by one, %2 of them unreadable</source>
        <translation>文件被截断；其余 %1 页已逐页读取，其中 %2 页无法读取</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/capture/salvagedcapturesource.cpp" line="23"/>
        <source>%n frame(s) lost the payload they shared with a frame on an unreadable page</source>
        <translation>
            <numerusform>%n 个帧丢失了与不可读页面上某个帧共享的负载</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::ServeCommand</name>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="21"/>
        <source>Run a local WebSocket server and print every frame.</source>
        <translation>运行本地 WebSocket 服务器并输出每一帧。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="23"/>
        <source>Address to listen on (default 127.0.0.1:0, a free port).</source>
        <translation>要监听的地址（默认 127.0.0.1:0，即任意空闲端口）。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="25"/>
        <source>Send every message back to its sender.</source>
        <translation>将每条消息发回给发送者。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="26"/>
        <source>Send every message to all peers.</source>
        <translation>将每条消息发送给所有对端。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="27"/>
        <source>Answer with the server messages of a capture.</source>
        <translation>用捕获文件中的服务器消息作答。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="29"/>
        <source>Accept permessage-deflate.</source>
        <translation>接受 permessage-deflate。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="31"/>
        <source>Accept this subprotocol (repeatable, in order of preference).</source>
        <translation>接受此子协议（可重复，按优先顺序）。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="34"/>
        <source>Refuse upgrades without this header (repeatable).</source>
        <translation>拒绝不带此标头的升级请求（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="36"/>
        <source>Serve wss:// with this PEM certificate (chain).</source>
        <translation>用此 PEM 证书（链）提供 wss:// 服务。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="38"/>
        <source>PEM private key of the certificate.</source>
        <translation>证书的 PEM 私钥。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="41"/>
        <source>Largest message accepted, in bytes (default 256 MiB).</source>
        <translation>可接受的最大消息，单位为字节（默认 256 MiB）。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="45"/>
        <source>Drop a peer that has not completed its upgrade request within MS milliseconds (default 10000).</source>
        <translation>断开在 MS 毫秒内未完成升级请求的对端（默认 10000）。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="48"/>
        <source>Print only the listening line and errors, not every event.</source>
        <translation>只输出监听行和错误，不输出每个事件。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="57"/>
        <source>serve takes no positional arguments, got &quot;%1&quot;</source>
        <translation>serve 不接受位置参数，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="61"/>
        <source>--echo, --broadcast and --replay exclude each other</source>
        <translation>--echo、--broadcast 和 --replay 互斥</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="66"/>
        <source>--listen takes HOST:PORT with a numeric address, got &quot;%1&quot;</source>
        <translation>--listen 需要带数字地址的 HOST:PORT，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="70"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert 和 --tls-key 必须同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="87"/>
        <source>--max-message takes a number of bytes, got &quot;%1&quot;</source>
        <translation>--max-message 需要字节数，得到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="97"/>
        <source>--handshake-timeout takes a positive number of milliseconds, got &quot;%1&quot;</source>
        <translation>--handshake-timeout 需要正的毫秒数，收到的是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="131"/>
        <source>listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
</context>
<context>
    <name>Sockscope::SessionOutput</name>
    <message>
        <location filename="../app/cli/sessionoutput.cpp" line="36"/>
        <source>finishing %1: copying %2 MB of recorded frames into it (Ctrl+C again stops at once; the next reader of the capture then copies them)</source>
        <translation>正在完成 %1：正在将 %2 MB 已录制的帧复制进去（再按一次 Ctrl+C 立即停止；之后由下一个读取该捕获的程序完成复制）</translation>
    </message>
</context>
<context>
    <name>Sockscope::SettingsDialog</name>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="36"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="37"/>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="43"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="44"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="45"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="53"/>
        <source>Keep every row</source>
        <translation>保留所有行</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="54"/>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="56"/>
        <source>Rows dropped from the log of this session: %1</source>
        <translation>本会话中从日志丢弃的行数：%1</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="64"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="69"/>
        <source>A new language is shown from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="71"/>
        <source>The recording keeps every frame; the limit only bounds the live log, whose oldest rows are dropped and counted in the status bar.</source>
        <translation>录制会保留每一帧；此上限只限制实时日志，其最早的行会被丢弃，并在状态栏中计数。</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="76"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="78"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="79"/>
        <source>&amp;Recording folder:</source>
        <translation>录制文件夹(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="82"/>
        <source>Log &amp;retention:</source>
        <translation>日志保留上限(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="108"/>
        <source>Recording Folder</source>
        <translation>录制文件夹</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="116"/>
        <source>The recording folder %1 cannot be created.</source>
        <translation>无法创建录制文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/appshell/settingsdialog.cpp" line="118"/>
        <source>The recording folder %1 cannot be written to.</source>
        <translation>无法写入录制文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Sockscope::ShortcutsDialog</name>
    <message>
        <location filename="../ui/appshell/shortcutsdialog.cpp" line="67"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/appshell/shortcutsdialog.cpp" line="70"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../ui/appshell/shortcutsdialog.cpp" line="70"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../ui/appshell/shortcutsdialog.cpp" line="70"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>Sockscope::SocketIoDecoder</name>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="65"/>
        <source>the packet data is %1</source>
        <translation>数据包数据%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="69"/>
        <source>CONNECT data must be an object</source>
        <translation>CONNECT 的数据必须是对象</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="71"/>
        <source>DISCONNECT carries no data</source>
        <translation>DISCONNECT 不携带数据</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="76"/>
        <source>an EVENT needs an array starting with its name</source>
        <translation>EVENT 需要以事件名开头的数组</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="80"/>
        <source>an ACK needs an ack id</source>
        <translation>ACK 需要 ack ID</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="81"/>
        <source>ACK data must be an array</source>
        <translation>ACK 的数据必须是数组</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="85"/>
        <source>CONNECT_ERROR data must be an object or a string</source>
        <translation>CONNECT_ERROR 的数据必须是对象或字符串</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="94"/>
        <source>no Socket.IO packet type (a digit 0 to 6)</source>
        <translation>没有 Socket.IO 数据包类型（0 到 6 的数字）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="101"/>
        <source>a binary packet needs its attachment count and &quot;-&quot;</source>
        <translation>二进制数据包需要附件数和 &quot;-&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="114"/>
        <source>the ack id has more than %1 digits</source>
        <translation>ack ID 超过 %1 位数字</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="132"/>
        <source>no Engine.IO packet type (a digit 0 to 6)</source>
        <translation>没有 Engine.IO 数据包类型（0 到 6 的数字）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="141"/>
        <source>an open packet needs its JSON with a &quot;sid&quot;</source>
        <translation>open 数据包需要带 &quot;sid&quot; 的 JSON</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="149"/>
        <source>a ping or pong carries nothing but &quot;probe&quot;</source>
        <translation>ping 或 pong 只能携带 &quot;probe&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="166"/>
        <source>this Engine.IO packet carries no data</source>
        <translation>此 Engine.IO 数据包不携带数据</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="203"/>
        <source>Engine.IO packet: message (4)</source>
        <translation>Engine.IO 数据包：message（4）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="204"/>
        <source>Socket.IO packet: %1 (%2)</source>
        <translation>Socket.IO 数据包：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="205"/>
        <source>Namespace: %1</source>
        <translation>命名空间：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="212"/>
        <source>Event: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="217"/>
        <source>Ack id: %1</source>
        <translation>Ack ID：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="220"/>
        <source>Attachments: %1 (the binary messages that follow)</source>
        <translation>附件：%1（随后的二进制消息）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="223"/>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="223"/>
        <source>Data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="228"/>
        <source>(1 attachment)</source>
        <translation>（1 个附件）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="229"/>
        <source>(%1 attachments)</source>
        <translation>（%1 个附件）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="241"/>
        <source>Engine.IO packet: %1 (%2)</source>
        <translation>Engine.IO 数据包：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="244"/>
        <source>Handshake:</source>
        <translation>握手：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="248"/>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="258"/>
        <source>socket.io attachment (%1)</source>
        <translation>socket.io 附件（%1）</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="259"/>
        <source>A binary attachment of the BINARY_EVENT or BINARY_ACK before it, %1:</source>
        <translation>前面的 BINARY_EVENT 或 BINARY_ACK 的二进制附件，%1：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="268"/>
        <source>&lt;binary %1: missing&gt;</source>
        <translation>&lt;二进制 %1：缺失&gt;</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="271"/>
        <source>&lt;binary %1: %2 %3&gt;</source>
        <translation>&lt;二进制 %1：%2 %3&gt;</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="287"/>
        <source>Socket.IO / Engine.IO</source>
        <translation>Socket.IO / Engine.IO</translation>
    </message>
    <message>
        <location filename="../app/core/decode/socketiodecoder.cpp" line="314"/>
        <source>a close frame is not an Engine.IO packet</source>
        <translation>关闭帧不是 Engine.IO 数据包</translation>
    </message>
</context>
<context>
    <name>Sockscope::SqliteCaptureSource</name>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="105"/>
        <source>capture %1 does not exist</source>
        <translation>捕获文件 %1 不存在</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="129"/>
        <source>cannot open capture %1: %2</source>
        <translation>无法打开捕获文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="137"/>
        <source>%1 is empty, not a Sockscope capture</source>
        <translation>%1 是空文件，不是 Sockscope 捕获文件</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="145"/>
        <source>%1 is not a Sockscope capture: %2</source>
        <translation>%1 不是 Sockscope 捕获文件：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="149"/>
        <source>%1 is an SQLite database but not a Sockscope capture</source>
        <translation>%1 是 SQLite 数据库，但不是 Sockscope 捕获文件</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="155"/>
        <source>%1 has capture format version %2; this Sockscope reads versions 1 to %3</source>
        <translation>%1 的捕获格式版本为 %2；此版本的 Sockscope 可读取版本 1 到 %3</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="177"/>
        <source>%1 row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="268"/>
        <source>proxy_pairs: %1</source>
        <translation>proxy_pairs：%1</translation>
    </message>
    <message>
        <location filename="../app/core/capture/sqlitecapturesource.cpp" line="355"/>
        <source>decoder_choices: %1</source>
        <translation>decoder_choices：%1</translation>
    </message>
</context>
<context>
    <name>Sockscope::StompDecoder</name>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="112"/>
        <source>Command: %1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="119"/>
        <source>Body %1:</source>
        <translation>消息体 %1：</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="132"/>
        <source>an empty payload is not a STOMP frame</source>
        <translation>空负载不是 STOMP 帧</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="136"/>
        <source>Heart-beats: %1</source>
        <translation>心跳：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="140"/>
        <source>stomp heart-beat</source>
        <translation>stomp 心跳</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="143"/>
        <source>+1 more frame</source>
        <translation>另有 1 帧</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="144"/>
        <source>+%1 more frames</source>
        <translation>另有 %1 帧</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="156"/>
        <source>SockJS frame: %1</source>
        <translation>SockJS 帧：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="160"/>
        <source>SockJS frame, STOMP messages: %1</source>
        <translation>SockJS 帧，STOMP 消息：%1</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="164"/>
        <source>SockJS message %1: %2</source>
        <translation>SockJS 消息 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="185"/>
        <source>STOMP</source>
        <translation>STOMP</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompdecoder.cpp" line="210"/>
        <source>a close frame is not a STOMP frame</source>
        <translation>关闭帧不是 STOMP 帧</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="64"/>
        <source>the frame ends inside its headers</source>
        <translation>帧在标头中间结束</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="69"/>
        <source>a header line without &quot;:&quot;</source>
        <translation>标头行中没有 &quot;:&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="73"/>
        <source>an undefined escape in header &quot;%1&quot;</source>
        <translation>标头“%1”中有未定义的转义</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="85"/>
        <source>the frame has no NUL terminator</source>
        <translation>帧没有 NUL 终止符</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="93"/>
        <source>content-length &quot;%1&quot; is not a size</source>
        <translation>content-length“%1”不是有效大小</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="95"/>
        <source>body cut short: %1 of %2 bytes</source>
        <translation>消息体被截断：%1 / %2 字节</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="97"/>
        <source>no NUL after the %1 bytes of content-length</source>
        <translation>content-length 的 %1 字节之后没有 NUL</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="108"/>
        <source>the frame ends inside its command</source>
        <translation>帧在命令中间结束</translation>
    </message>
    <message>
        <location filename="../app/core/decode/stompframes.cpp" line="111"/>
        <source>unknown STOMP command &quot;%1&quot;</source>
        <translation>未知的 STOMP 命令“%1”</translation>
    </message>
</context>
<context>
    <name>Sockscope::TextDecoder</name>
    <message>
        <location filename="../app/core/decode/textdecoder.cpp" line="33"/>
        <source>Text (UTF-8)</source>
        <translation>文本（UTF-8）</translation>
    </message>
</context>
<context>
    <name>Sockscope::TlsFiles</name>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="13"/>
        <source>cannot read certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="18"/>
        <source>no PEM certificate in %1</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="26"/>
        <source>cannot read key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="35"/>
        <source>no usable PEM private key in %1 (encrypted keys are not supported)</source>
        <translation>%1 中没有可用的 PEM 私钥（不支持加密的密钥）</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="55"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="59"/>
        <source>peer not verified (verification off)</source>
        <translation>未验证对端（验证已关闭）</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="60"/>
        <source>peer not verified (verification off): %1</source>
        <translation>未验证对端（验证已关闭）：%1</translation>
    </message>
    <message>
        <location filename="../app/net/tlsfiles.cpp" line="62"/>
        <source>peer verified</source>
        <translation>已验证对端</translation>
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
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="50"/>
        <source>Messages/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="52"/>
        <source>Frames/s</source>
        <translation>帧/秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="54"/>
        <source>Wire bytes/s</source>
        <translation>线路字节/秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="56"/>
        <source>Inflated bytes/s</source>
        <translation>解压后字节/秒</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="58"/>
        <source>Round trip (ms)</source>
        <translation>往返时间（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="60"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="95"/>
        <source>Incoming</source>
        <translation>传入</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="95"/>
        <source>Outgoing</source>
        <translation>传出</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="109"/>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="198"/>
        <source>%1: %2 in, %3 out</source>
        <translation>%1：入 %2，出 %3</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="209"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="215"/>
        <source>%1
Incoming: %2
Outgoing: %3</source>
        <translation>%1
传入：%2
传出：%3</translation>
    </message>
    <message>
        <location filename="../ui/plots/trafficchart.cpp" line="317"/>
        <source>Message size</source>
        <translation>消息大小</translation>
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
        <translation>%1 至 &lt; %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketClient</name>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="19"/>
        <source>connection timed out after %1 ms</source>
        <translation>连接在 %1 毫秒后超时</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="34"/>
        <source>invalid URL: %1</source>
        <translation>无效的 URL：%1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="36"/>
        <source>unsupported URL scheme &quot;%1&quot;: use ws:// or wss://</source>
        <translation>不支持的 URL 方案“%1”：请使用 ws:// 或 wss://</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="38"/>
        <source>a WebSocket URL cannot have a fragment: %1</source>
        <translation>WebSocket URL 不能包含片段标识符：%1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="43"/>
        <source>a client certificate needs both a certificate and a key file</source>
        <translation>客户端证书需要同时提供证书文件和密钥文件</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <location filename="../app/net/websocketclient.cpp" line="99"/>
        <source>TLS certificate verification failed: %1</source>
        <translation>TLS 证书验证失败：%1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="125"/>
        <source>cannot resolve %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="198"/>
        <source>invalid handshake response: %1</source>
        <translation>无效的握手响应：%1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="258"/>
        <source>server closed the connection during the handshake</source>
        <translation>服务器在握手期间关闭了连接</translation>
    </message>
    <message>
        <location filename="../app/net/websocketclient.cpp" line="319"/>
        <location filename="../app/net/websocketclient.cpp" line="330"/>
        <source>connection attempt cancelled</source>
        <translation>连接尝试已取消</translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketConversation</name>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="65"/>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="65"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="109"/>
        <source>cannot decode: TLS-encrypted traffic (wss://); only its endpoints are listed</source>
        <translation>无法解码：TLS 加密流量（wss://）；只列出其端点</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="134"/>
        <source>no WebSocket handshake in the capture: frames found by a heuristic%1</source>
        <translation>捕获中没有 WebSocket 握手：帧是通过启发式方法找到的%1</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="135"/>
        <source>, permessage-deflate assumed</source>
        <translation>，假定使用了 permessage-deflate</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="153"/>
        <source>from a packet capture: %1 → %2</source>
        <translation>来自数据包捕获：%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="154"/>
        <source>from a packet capture: %1 → %2; %3</source>
        <translation>来自数据包捕获：%1 → %2；%3</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="208"/>
        <source>upgrade refused with status %1</source>
        <translation>升级被拒绝，状态码 %1</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="254"/>
        <source>cannot decode the %1&apos;s frames: %2; looking for the next frame</source>
        <translation>无法解码%1的帧：%2；正在查找下一帧</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="279"/>
        <source>the %1 broke RFC 6455: %2</source>
        <translation>%1违反了 RFC 6455：%2</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="285"/>
        <source>closed by the %1</source>
        <translation>由%1关闭</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="329"/>
        <source>gap in the capture: %1 bytes of the %2&apos;s data missing; the frame in progress (%3 of %4 payload bytes seen) is lost, decoding resumes at the next frame found</source>
        <translation>捕获中有缺口：缺少%2的 %1 字节数据；正在处理的帧（已见负载 %3 / %4 字节）丢失，将从找到的下一帧继续解码</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="335"/>
        <source>gap in the capture: %1 bytes of the %2&apos;s data missing; decoding resumes at the next frame found</source>
        <translation>捕获中有缺口：缺少%2的 %1 字节数据；将从找到的下一帧继续解码</translation>
    </message>
    <message>
        <location filename="../app/core/capture/websocketconversation.cpp" line="350"/>
        <source>the TCP connection ended without a closing handshake</source>
        <translation>TCP 连接在没有关闭握手的情况下结束</translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketServer</name>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="87"/>
        <source>wss:// needs both a certificate and a key file</source>
        <translation>wss:// 需要同时提供证书文件和密钥文件</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="103"/>
        <location filename="../app/net/websocketserver.cpp" line="124"/>
        <source>too many open files: %1 peers; raise `ulimit -n`</source>
        <translation>打开的文件过多：%1 个对端；请调高 `ulimit -n`</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="105"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="125"/>
        <source>cannot accept a connection: %1</source>
        <translation>无法接受连接：%1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="197"/>
        <source>no complete handshake within %1 ms</source>
        <translation>%1 毫秒内未完成握手</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="202"/>
        <source>peer closed the connection during the handshake</source>
        <translation>对端在握手期间关闭了连接</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="223"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="240"/>
        <source>invalid handshake request: %1</source>
        <translation>无效的握手请求：%1</translation>
    </message>
    <message>
        <location filename="../app/net/websocketserver.cpp" line="273"/>
        <source>upgrade refused with %1 %2</source>
        <translation>升级被拒绝：%1 %2</translation>
    </message>
</context>
<context>
    <name>Sockscope::WebSocketSession</name>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="44"/>
        <source>close handshake timed out</source>
        <translation>关闭握手超时</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="56"/>
        <source>no answer to a ping within %1 ms: the connection is half-open</source>
        <translation>%1 毫秒内 Ping 未得到应答：连接处于半开状态</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="363"/>
        <source>aborted locally</source>
        <translation>已在本地中止</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="371"/>
        <source>clean close</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="371"/>
        <source>connection dropped without a close handshake</source>
        <translation>连接断开，没有关闭握手</translation>
    </message>
    <message>
        <location filename="../app/net/websocketsession.cpp" line="383"/>
        <source>connection lost mid-frame: %1 of %2 payload bytes of a frame with opcode %3 arrived</source>
        <translation>连接在帧中途中断：操作码为 %3 的帧的 %2 个负载字节中到达了 %1 个</translation>
    </message>
</context>
<context>
    <name>Sockscope::Workspace</name>
    <message>
        <location filename="../app/net/workspace.cpp" line="87"/>
        <source>nothing is being recorded</source>
        <translation>没有正在录制的内容</translation>
    </message>
    <message>
        <location filename="../app/net/workspace.cpp" line="131"/>
        <source>%1 has no connection with messages to replay</source>
        <translation>%1 中没有带可重放消息的连接</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Desktop WebSocket inspector: without arguments it opens the main window.

Subcommands (headless): %1. Run &apos;sockscope SUBCOMMAND --help&apos; for details.</source>
        <translation>桌面 WebSocket 检查器：不带参数时打开主窗口。

子命令（无界面）：%1。运行“sockscope SUBCOMMAND --help”查看详情。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="79"/>
        <source>Open a demo session: a local echo server and a client connected to it.</source>
        <translation>打开演示会话：一个本地回显服务器和一个连接到它的客户端。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="82"/>
        <source>Capture to open.</source>
        <translation>要打开的捕获文件。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>only one capture file can be opened at a time</source>
        <translation>一次只能打开一个捕获文件</translation>
    </message>
</context>
</TS>
