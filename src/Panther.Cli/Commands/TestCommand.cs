using System.CommandLine;
using System.Globalization;
using System.IO.Enumeration;
using System.Text;
using Panther.Rules.Loading;
using Panther.Rules.Testing;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther test RULES_DIR [--filter ID]</c>: loads every rule under a folder with every runtime, runs each rule's
/// spec tests, prints a table of results and exits non-zero when a test fails or a rule does not load.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string>("RULES_DIR")
        {
            Description = "A folder of rule specs (read recursively) or one spec file.",
        };
        var filter = new Option<string[]>("--filter")
        {
            Description = "Only rules whose id matches; '*' and '?' are wildcards. Repeat for several.",
            HelpName = "ID",
        };
        var command = new Command("test", "Run the unit tests of detection rules and report passes and failures.")
        {
            rules,
            filter,
        };
        command.SetAction((result, _) =>
            RunAsync(console, result.GetValue(rules)!, result.GetValue(filter) ?? []));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string path, string[] filters)
    {
        RuleLoadResult loaded;
        try
        {
            loaded = CliRules.CreateLoader().LoadPath(path);
        }
        catch (DirectoryNotFoundException ex)
        {
            await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var selected = loaded.Rules.Where(rule => Selected(rule.Id, filters)).ToList();
        var problems = loaded.Problems.Where(problem => problem.RuleId is null || Selected(problem.RuleId, filters))
            .ToList();
        var results = selected.SelectMany(RuleTestRunner.Run).ToList();
        var untested = selected.Where(rule => rule.Spec.Tests.Count == 0).Select(rule => rule.Id).ToList();

        var table = new StringBuilder();
        WriteTable(table, results, untested);
        foreach (var problem in problems)
        {
            table.Append(problem.IsUnsupported ? "SKIPPED  " : "NOT LOADED  ").Append(problem.Message).Append('\n');
        }

        var failed = results.Count(result => !result.Passed);
        var errors = problems.Count(problem => !problem.IsUnsupported);
        table.Append(CultureInfo.InvariantCulture,
            $"\n{selected.Count} rules, {results.Count} tests: {results.Count - failed} passed, {failed} failed");
        table.Append(CultureInfo.InvariantCulture,
            $"; {errors} not loaded; {problems.Count - errors} skipped (no runtime)\n");
        var bytes = Encoding.UTF8.GetBytes(table.ToString());
        await console.Out.WriteAsync(bytes).ConfigureAwait(false);
        await console.Out.FlushAsync().ConfigureAwait(false);

        if (selected.Count == 0 && problems.Count == 0)
        {
            await console.Error.WriteLineAsync($"panther: no rules found in {path}.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return failed > 0 || errors > 0 ? ExitCodes.Quarantined : ExitCodes.Success;
    }

    private static void WriteTable(StringBuilder table, List<RuleTestResult> results, List<string> untested)
    {
        var rows = results.Select(result => (result.RuleId, result.TestName, result.Passed ? "PASS" : "FAIL",
                result.Detail))
            .Concat(untested.Select(id => (RuleId: id, TestName: "-", "NO TESTS", Detail: "")))
            .ToList();
        var ruleWidth = rows.Select(row => row.RuleId.Length).Append(4).Max();
        var testWidth = Math.Min(60, rows.Select(row => row.TestName.Length).Append(4).Max());
        table.Append(CultureInfo.InvariantCulture,
            $"{"RULE".PadRight(ruleWidth)}  {"TEST".PadRight(testWidth)}  RESULT    DETAIL\n");
        foreach (var (rule, test, outcome, detail) in rows)
        {
            var name = test.Length > testWidth ? test[..(testWidth - 1)] + "~" : test;
            table.Append(CultureInfo.InvariantCulture,
                $"{rule.PadRight(ruleWidth)}  {name.PadRight(testWidth)}  {outcome,-8}  {detail}\n");
        }
    }

    private static bool Selected(string id, string[] filters) =>
        filters.Length == 0 || filters.Any(filter => FileSystemName.MatchesSimpleExpression(filter, id));
}
