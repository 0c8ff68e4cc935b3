using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Suricata;

/// <summary>
/// Files and the protocols that move them: <c>fileinfo</c> (one file seen on the wire, with its hashes),
/// <c>files</c> (the files of an alert's transaction), <c>ftp</c>, <c>ftp_data</c>, <c>tftp</c>, <c>nfs</c> and
/// <c>smb</c>.
/// </summary>
internal static class SuricataFileFields
{
    /// <summary>Gets the <c>fileinfo</c> object.</summary>
    public static SchemaField FileInfo { get; } =
        Field.Object("fileinfo", FileMembers()) with { Description = "The file that was seen." };

    /// <summary>Gets the <c>files</c> list that alerts carry.</summary>
    public static SchemaField Files { get; } =
        Field.Array("files", FieldType.Object(FileMembers())) with
        {
            Description = "The files of the alert's transaction.",
        };

    /// <summary>Gets the <c>ftp</c> object of an FTP command and its reply.</summary>
    public static SchemaField Ftp { get; } =
        Field.Object("ftp",
            Field.String("command"),
            Field.String("command_data") with { Description = "The command's argument." },
            Field.Boolean("command_truncated"),
            Field.Array("reply", FieldType.String),
            Field.Boolean("reply_truncated"),
            Field.Array("completion_code", FieldType.String),
            Field.String("reply_received"),
            Field.Int64("dynamic_port") with { Description = "The data port that a PORT or PASV reply opened." },
            Field.String("mode") with { Description = "active or passive." }) with
        {
            Description = "The FTP command and the server's reply.",
        };

    /// <summary>Gets the <c>ftp_data</c> object of an FTP data transfer.</summary>
    public static SchemaField FtpData { get; } =
        Field.Object("ftp_data",
            Field.String("command") with { Description = "The command that started the transfer: RETR, STOR." },
            Field.String("filename")) with
        {
            Description = "The FTP data transfer.",
        };

    /// <summary>Gets the <c>tftp</c> object.</summary>
    public static SchemaField Tftp { get; } =
        Field.Object("tftp",
            Field.String("packet") with { Description = "read or write." },
            Field.String("file"),
            Field.String("mode")) with
        {
            Description = "The TFTP request.",
        };

    /// <summary>Gets the <c>nfs</c> object.</summary>
    public static SchemaField Nfs { get; } =
        Field.Object("nfs",
            Field.Int32("version"),
            Field.String("procedure"),
            Field.String("type"),
            Field.Int64("id"),
            Field.String("status"),
            Field.String("filename"),
            Field.String("hhash") with { Description = "A hash of the file handle." },
            Field.Boolean("file_tx"),
            Field.Json("read"),
            Field.Json("write"),
            Field.Json("rename")) with
        {
            Description = "The NFS call and its reply.",
        };

    /// <summary>Gets the <c>smb</c> object.</summary>
    public static SchemaField Smb { get; } =
        Field.Object("smb",
            Field.Int64("id"),
            Field.String("dialect"),
            Field.String("command"),
            Field.String("status"),
            Field.String("status_code"),
            Field.Int64("session_id"),
            Field.Int64("tree_id"),
            Field.String("filename"),
            Field.String("share"),
            Field.String("share_type"),
            Field.String("disposition"),
            Field.String("access"),
            Field.String("named_pipe"),
            Field.String("fuid"),
            Field.String("function"),
            Field.Object("ntlmssp",
                Field.String("domain"),
                Field.String("user", IndicatorKind.Username),
                Field.String("host") with { Description = "The client's NetBIOS name." },
                Field.String("version"),
                Field.Boolean("warning")) with
            {
                Description = "The NTLM authentication of a session setup.",
            },
            Field.Object("kerberos",
                Field.String("realm"),
                Field.Array("snames", FieldType.String)),
            Field.Array("client_dialects", FieldType.String),
            Field.String("client_guid"),
            Field.String("server_guid"),
            Field.Json("request"),
            Field.Json("response"),
            Field.Json("dcerpc"),
            Field.Json("rename"),
            Field.Json("set_info"),
            Field.Json("service")) with
        {
            Description = "The SMB command and its response.",
        };

    private static SchemaField[] FileMembers() =>
    [
        Field.String("filename") with { Description = "The file's name or path, as the protocol gave it." },
        Field.Json("sid") with { Description = "The ids of the rules that matched the file." },
        Field.String("magic") with { Description = "The file type, from libmagic." },
        Field.Boolean("gaps") with { Description = "Whether data is missing from the file." },
        Field.String("state") with { Description = "CLOSED, TRUNCATED, ERROR, ..." },
        Field.String("md5", IndicatorKind.Md5),
        Field.String("sha1", IndicatorKind.Sha1),
        Field.String("sha256", IndicatorKind.Sha256),
        Field.Boolean("stored") with { Description = "Whether the file was written to disk." },
        Field.Boolean("storing"),
        Field.Int64("file_id"),
        Field.Int64("size"),
        Field.Int64("start"),
        Field.Int64("end"),
        Field.Int64("tx_id"),
    ];
}
