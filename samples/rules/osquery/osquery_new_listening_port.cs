using Level = Panther.Rules.Severity;

namespace Panther.Samples.Rules.Osquery;

/// <summary>An <c>added</c> row of a listening_ports query for an unexpected port on a reachable address.</summary>
public sealed class NewListeningPort : IRule
{
    private static readonly HashSet<long> ExpectedPorts = [22, 80, 443, 9100];
    private static readonly string[] LoopbackAddresses = ["127.0.0.1", "::1"];
    private static readonly string[] SystemDirectories = ["/usr/", "/bin/", "/sbin/", "/opt/", "/lib/"];

    public bool Matches(RuleEvent evt)
    {
        if (!evt["action"].ValueEquals("added"u8) || !IsListeningPortsQuery(evt["name"]))
        {
            return false;
        }

        var address = evt.Get("columns", "address");
        foreach (var loopback in LoopbackAddresses)
        {
            if (address.ValueEquals(loopback))
            {
                return false;
            }
        }

        return Port(evt) is { } port && port > 0 && !ExpectedPorts.Contains(port);
    }

    public string? Title(RuleEvent evt) =>
        $"New listening port {Port(evt)} on {evt["hostIdentifier"].GetString()} ({Path(evt) ?? "unknown binary"})";

    public string? Dedup(RuleEvent evt) => $"{evt["hostIdentifier"].GetString()}:{Port(evt)}";

    public Level? Severity(RuleEvent evt)
    {
        var path = Path(evt);
        var fromSystem = path is not null
            && SystemDirectories.Any(dir => path.StartsWith(dir, StringComparison.Ordinal));
        return Port(evt) < 1024 && !fromSystem ? Level.High : null;
    }

    public JsonObject? AlertContext(RuleEvent evt) => new()
    {
        ["host"] = evt["hostIdentifier"].GetString(),
        ["address"] = evt.Get("columns", "address").ToString(),
        ["port"] = Port(evt),
        ["path"] = Path(evt),
        ["pid"] = evt.Get("columns", "pid").ToString(),
    };

    private static bool IsListeningPortsQuery(EventValue name)
    {
        var text = name.GetString();
        return text is not null && text.EndsWith("listening_ports", StringComparison.Ordinal);
    }

    private static long? Port(RuleEvent evt) =>
        evt.Get("columns", "port").TryGetInt64(out var port) ? port : null;

    private static string? Path(RuleEvent evt) => evt.Get("columns", "path").GetString();
}
