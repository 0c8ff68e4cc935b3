using System.CommandLine;
using System.Globalization;
using Panther.Pipelines.Quarantine;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther quarantine list --lake DIR</c> shows the quarantine files with their record counts and most frequent
/// reasons; <c>panther quarantine replay --lake DIR ...</c> parses the quarantined records again after a fix (the
/// options of <c>panther run</c>), and sets the replayed files aside in <c>quarantine/replayed/</c>.
/// </summary>
internal static partial class QuarantineCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("quarantine", "Look at the quarantined records, or replay them after a fix.");
        command.Subcommands.Add(CreateList(console));
        command.Subcommands.Add(RunCommand.Create(console, replay: true));
        return command;
    }

    private static Command CreateList(CliConsole console)
    {
        var lake = new Option<DirectoryInfo>("--lake")
        {
            Description = "The lake's root folder (for an S3 lake, the work folder).",
            HelpName = "DIR",
            Required = true,
        };
        var list = new Command("list", "List the quarantine files waiting for a replay, with their reasons.") { lake };
        list.SetAction(async (result, cancellationToken) =>
        {
            var root = result.GetValue(lake)!;
            if (!root.Exists)
            {
                await console.Error.WriteLineAsync(MissingLake.Message(root.FullName)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var rows = new List<object?[]>();
            foreach (var file in LakeQuarantineReader.ListFiles(root.FullName))
            {
                var count = 0L;
                var sources = new HashSet<string>(StringComparer.Ordinal);
                var reasons = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var record in LakeQuarantineReader.Read(file))
                {
                    count++;
                    sources.Add(record.Source);
                    var reason = Reason(record.Reason);
                    reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                }

                var top = reasons.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(3)
                    .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} ({p.Value})"));
                rows.Add([Path.GetFileName(file), count, (long)sources.Count, string.Join("; ", top)]);
            }

            var text = QueryOutput.Render(["file", "records", "sources", "reasons"], rows, QueryOutputFormat.Table);
            await console.Out.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken)
                .ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return list;
    }

    /// <summary>Keeps the kind of a reason, without the details that make each one unique (what follows the first
    /// <c>:</c>, and numbers, written <c>N</c>), so that reasons group.</summary>
    private static string Reason(string reason)
    {
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        return Numbers().Replace(colon > 0 ? reason[..colon] : reason, "N");
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex Numbers();
}
