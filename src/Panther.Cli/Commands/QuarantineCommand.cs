using System.CommandLine;
using System.Globalization;
using Panther.Pipelines.Quarantine;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther quarantine list --lake DIR</c> shows the quarantine files with their record counts and most frequent
/// reasons; <c>panther quarantine replay --lake DIR ...</c> parses the quarantined records again after a fix (the
/// options of <c>panther run</c>), and sets the replayed files aside in <c>quarantine/replayed/</c>.
/// </summary>
internal static class QuarantineCommand
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
            var rows = new List<object?[]>();
            foreach (var file in LakeQuarantineReader.ListFiles(root.FullName))
            {
                var records = LakeQuarantineReader.Read(file).ToList();
                var reasons = records.GroupBy(r => Reason(r.Reason), StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Take(3)
                    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ({g.Count()})"));
                rows.Add([Path.GetFileName(file), (long)records.Count,
                    (long)records.Select(r => r.Source).Distinct(StringComparer.Ordinal).Count(),
                    string.Join("; ", reasons)]);
            }

            var text = QueryOutput.Render(["file", "records", "sources", "reasons"], rows, QueryOutputFormat.Table);
            await console.Out.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken)
                .ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return list;
    }

    /// <summary>Keeps the kind of a reason, without the details that make each one unique (after the first
    /// <c>:</c>), so that reasons group.</summary>
    private static string Reason(string reason)
    {
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? reason[..colon] : reason;
    }
}
