using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Suricata;

/// <summary>File transfer and sharing protocols: ftp, ftp_data, tftp, nfs and smb.</summary>
public sealed partial class SuricataSampleGenerator
{
    private static readonly string[] SharedFiles =
    [
        "backup-2026-11-30.tar.gz", "index.html", "firmware-7.2.1.bin", "payroll.xlsx", "id_rsa", "notes.txt",
    ];

    private static void WriteFtp(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("ftp");
        switch (random.Next(4))
        {
            case 0:
                writer.WriteString("command", "USER");
                writer.WriteString("command_data", random.OneIn(2) ? "anonymous" : "deploy");
                WriteStringArray(writer, "reply", "Please specify the password.");
                WriteStringArray(writer, "completion_code", "331");
                break;
            case 1:
                var port = random.Next(50000, 51000);
                writer.WriteString("command", "PASV");
                WriteStringArray(writer, "reply",
                    $"Entering Passive Mode (10,20,0,21,{port / 256},{port % 256}).");
                WriteStringArray(writer, "completion_code", "227");
                writer.WriteNumber("dynamic_port", port);
                writer.WriteString("mode", "passive");
                break;
            default:
                var file = random.Pick(SharedFiles);
                writer.WriteString("command", random.OneIn(3) ? "STOR" : "RETR");
                writer.WriteString("command_data", file);
                WriteStringArray(writer, "reply", $"Opening BINARY mode data connection for {file}.",
                    "Transfer complete.");
                WriteStringArray(writer, "completion_code", "150", "226");
                break;
        }

        writer.WriteString("reply_received", "yes");
        writer.WriteEndObject();
    }

    private static void WriteFtpData(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("ftp_data");
        writer.WriteString("command", random.OneIn(3) ? "STOR" : "RETR");
        writer.WriteString("filename", random.Pick(SharedFiles));
        writer.WriteEndObject();
    }

    private static void WriteTftp(Utf8JsonWriter writer, Random random)
    {
        var write = random.OneIn(4);
        writer.WriteStartObject("tftp");
        writer.WriteString("packet", write ? "write" : "read");
        writer.WriteString("file", write ? $"configs/switch-{random.Next(1, 30):D2}.cfg" : "pxelinux.0");
        writer.WriteString("mode", "octet");
        writer.WriteEndObject();
    }

    private static void WriteNfs(Utf8JsonWriter writer, Random random)
    {
        var procedure = random.Next(4) switch
        {
            0 => "LOOKUP",
            1 => "WRITE",
            2 => "GETATTR",
            _ => "READ",
        };
        writer.WriteStartObject("nfs");
        writer.WriteNumber("version", random.OneIn(4) ? 4 : 3);
        writer.WriteString("procedure", procedure);
        writer.WriteString("filename", random.Pick(SharedFiles));
        writer.WriteNumber("id", random.Next(1, 5000));
        writer.WriteBoolean("file_tx", procedure is "READ" or "WRITE");
        writer.WriteString("type", "response");
        writer.WriteString("status", random.OneIn(10) ? "NFS3ERR_ACCES" : "OK");
        writer.WriteString("hhash", random.Hex(8));
        if (procedure is "READ" or "WRITE")
        {
            writer.WriteStartObject(procedure == "READ" ? "read" : "write");
            writer.WriteBoolean("first", true);
            writer.WriteBoolean("last", random.OneIn(2));
            writer.WriteNumber("last_xid", 0);
            writer.WriteNumber("chunks", random.Next(1, 40));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("rpc");
        writer.WriteNumber("xid", (long)(uint)random.Next());
        writer.WriteString("status", "ACCEPTED");
        writer.WriteString("auth_type", "UNIX");
        writer.WriteStartObject("creds");
        writer.WriteString("machine_name", random.Pick(Workstations));
        writer.WriteNumber("uid", 1000 + random.Next(20));
        writer.WriteNumber("gid", 1000);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSmb(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("smb");
        writer.WriteNumber("id", random.Next(1, 400));
        writer.WriteString("dialect", random.OneIn(6) ? "2.02" : "3.1.1");
        switch (random.Next(4))
        {
            case 0:
                writer.WriteString("command", "SMB2_COMMAND_SESSION_SETUP");
                WriteSmbStatus(writer, random);
                writer.WriteNumber("session_id", random.NextInt64(1, long.MaxValue));
                writer.WriteNumber("tree_id", 0);
                writer.WriteStartObject("ntlmssp");
                writer.WriteString("domain", "ACME");
                writer.WriteString("user", random.Pick(MailUsers));
                writer.WriteString("host", random.Pick(Workstations).ToUpperInvariant());
                writer.WriteString("version", "10.0 build 22631");
                writer.WriteEndObject();
                break;
            case 1:
                writer.WriteString("command", "SMB2_COMMAND_TREE_CONNECT");
                WriteSmbStatus(writer, random);
                writer.WriteNumber("session_id", random.NextInt64(1, long.MaxValue));
                writer.WriteNumber("tree_id", random.Next(1, 12));
                var admin = random.OneIn(4);
                writer.WriteString("share", admin ? @"\\fs01.acme.internal\ADMIN$" : @"\\fs01.acme.internal\Finance");
                writer.WriteString("share_type", "FILE");
                break;
            case 2:
                writer.WriteString("command", "SMB2_COMMAND_NEGOTIATE");
                WriteSmbStatus(writer, random);
                writer.WriteNumber("session_id", 0);
                writer.WriteNumber("tree_id", 0);
                WriteStringArray(writer, "client_dialects", "2.02", "2.10", "3.00", "3.02", "3.1.1");
                writer.WriteString("client_guid", random.Guid());
                writer.WriteString("server_guid", random.Guid());
                break;
            default:
                writer.WriteString("command", "SMB2_COMMAND_CREATE");
                WriteSmbStatus(writer, random);
                writer.WriteNumber("session_id", random.NextInt64(1, long.MaxValue));
                writer.WriteNumber("tree_id", random.Next(1, 12));
                writer.WriteString("filename", @"Finance\" + random.Pick(SharedFiles));
                writer.WriteString("disposition", "FILE_OPEN");
                writer.WriteString("access", "normal");
                writer.WriteString("fuid", random.Guid());
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteSmbStatus(Utf8JsonWriter writer, Random random)
    {
        var denied = random.OneIn(8);
        writer.WriteString("status", denied ? "STATUS_ACCESS_DENIED" : "STATUS_SUCCESS");
        writer.WriteString("status_code", denied ? "0xc0000022" : "0x0");
    }
}
