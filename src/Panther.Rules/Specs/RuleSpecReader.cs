using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Panther.Rules.Runtimes;

namespace Panther.Rules.Specs;

/// <summary>
/// Reads rule specs in the panther-analysis YAML format (<c>AnalysisType: rule</c>, <c>RuleID</c>,
/// <c>Filename</c> or <c>Detection</c>, <c>LogTypes</c>, <c>Severity</c>, <c>Tests</c>, ...). A test's <c>Log</c>
/// is read with the YAML parser, so JSON-style logs with trailing commas and <c>True</c>/<c>False</c> work.
/// </summary>
public static class RuleSpecReader
{
    /// <summary>Reads a spec file.</summary>
    /// <param name="path">The YAML file.</param>
    /// <param name="analysisType">The file's <c>AnalysisType</c>.</param>
    /// <returns>The spec, or <see langword="null"/> when the file is not a rule (a policy, a data model,
    /// ...).</returns>
    /// <exception cref="RuleLoadException">The file is not valid YAML or not a valid rule spec.</exception>
    public static RuleSpec? ReadFile(string path, out string analysisType)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new RuleLoadException($"{path}: cannot read the file: {ex.Message}", ex);
        }

        return Read(yaml, path, out analysisType);
    }

    /// <summary>Reads a spec from YAML text.</summary>
    /// <param name="yaml">The YAML document.</param>
    /// <param name="sourcePath">The spec's path: names it in errors and locates its <c>Filename</c>.</param>
    /// <param name="analysisType">The document's <c>AnalysisType</c>.</param>
    /// <returns>The spec, or <see langword="null"/> when the document is not a rule.</returns>
    /// <exception cref="RuleLoadException">The text is not valid YAML or not a valid rule spec.</exception>
    public static RuleSpec? Read(string yaml, string sourcePath, out string analysisType)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        object? document;
        try
        {
            document = PlainValues.ParseYaml(yaml);
        }
        catch (FormatException ex)
        {
            throw new RuleLoadException($"{sourcePath}: {ex.Message}", ex);
        }

        if (document is not Dictionary<string, object?> values)
        {
            throw new RuleLoadException($"{sourcePath}: expected one YAML mapping with the rule's keys.");
        }

        analysisType = values.TryGetValue("AnalysisType", out var type) ? type as string ?? "" : "";
        if (!string.Equals(analysisType, "rule", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new Reader(sourcePath, values, yaml).Read();
    }

    private sealed class Reader(string path, Dictionary<string, object?> values, string yaml)
    {
        private const long MaxDedupMinutes = 60L * 24 * 366 * 10;

        private static readonly HashSet<string> KnownKeys =
        [
            "AnalysisType", "RuleID", "DisplayName", "Enabled", "Filename", "Detection", "LogTypes", "Severity",
            "DedupPeriodMinutes", "Threshold", "Tags", "Reports", "Description", "Runbook", "Reference",
            "SummaryAttributes", "OutputIds", "InlineFilters", "Tests", "CreateAlert",
        ];

        public RuleSpec Read()
        {
            var id = Text("RuleID") ?? throw Error("RuleID is required.");
            var filename = Text("Filename");
            if (filename is not null && !IsBesideSpec(filename))
            {
                throw Error($"Filename {filename} must name a file in the spec's folder or below it.");
            }

            var detection = values.GetValueOrDefault("Detection");
            if (filename is null && detection is null)
            {
                throw Error($"rule {id} needs a Filename (its body) or a Detection.");
            }

            var logTypes = List("LogTypes");
            if (logTypes.Count == 0)
            {
                throw Error($"rule {id} needs at least one entry in LogTypes.");
            }

            var spec = new RuleSpec
            {
                Id = id,
                DisplayName = Text("DisplayName"),
                Enabled = Flag("Enabled", true),
                CreateAlert = Flag("CreateAlert", true),
                LogTypes = logTypes,
                Severity = ReadSeverity(),
                DedupPeriod = TimeSpan.FromMinutes(Integer("DedupPeriodMinutes", 60, 0, MaxDedupMinutes)),
                Threshold = (int)Integer("Threshold", 1, 1, int.MaxValue),
                Tags = List("Tags"),
                Reports = ReadReports(),
                Description = Text("Description"),
                Runbook = Text("Runbook"),
                Reference = Text("Reference"),
                SummaryAttributes = List("SummaryAttributes"),
                OutputIds = List("OutputIds"),
                Filename = filename,
                Detection = detection,
                InlineFilters = values.GetValueOrDefault("InlineFilters"),
                Extra = values.Where(pair => !KnownKeys.Contains(pair.Key))
                    .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal),
                SourcePath = path,
            };

            foreach (var attribute in spec.SummaryAttributes)
            {
                try
                {
                    EventPath.Parse(attribute);
                }
                catch (FormatException ex)
                {
                    throw Error($"SummaryAttributes: '{attribute}' is not a field path: {ex.Message}");
                }
            }

            return spec with { Tests = ReadTests(), Version = ComputeVersion(spec) };
        }

        private static bool IsBesideSpec(string filename) =>
            !Path.IsPathRooted(filename)
            && !filename.Replace('\\', '/').Split('/').Any(part => part is ".." or "")
            && filename.IndexOfAny(Path.GetInvalidPathChars()) < 0;

        private string ComputeVersion(RuleSpec spec)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(Encoding.UTF8.GetBytes(yaml));
            if (spec.BodyPath is { } body && File.Exists(body))
            {
                hash.AppendData(File.ReadAllBytes(body));
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        }

        private Severity ReadSeverity()
        {
            var text = Text("Severity");
            if (text is null)
            {
                return Severity.Info;
            }

            return SeverityText.TryParse(text, out var severity)
                ? severity
                : throw Error($"Severity '{text}' is not one of Info, Low, Medium, High, Critical.");
        }

        private Dictionary<string, IReadOnlyList<string>> ReadReports()
        {
            var reports = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            switch (values.GetValueOrDefault("Reports"))
            {
                case null:
                    return reports;
                case Dictionary<string, object?> map:
                    foreach (var (framework, ids) in map)
                    {
                        reports[framework] = Strings(ids, $"Reports.{framework}");
                    }

                    return reports;
                default:
                    throw Error("Reports must be a mapping from a framework to a list of ids.");
            }
        }

        private List<RuleTestCase> ReadTests()
        {
            var tests = new List<RuleTestCase>();
            if (values.GetValueOrDefault("Tests") is not { } raw)
            {
                return tests;
            }

            if (raw is not List<object?> list)
            {
                throw Error("Tests must be a list.");
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not Dictionary<string, object?> test)
                {
                    throw Error($"Tests[{i}] must be a mapping with Name, ExpectedResult and Log.");
                }

                tests.Add(ReadTest(test, i));
            }

            return tests;
        }

        private RuleTestCase ReadTest(Dictionary<string, object?> test, int index)
        {
            var name = test.GetValueOrDefault("Name") is { } n ? Convert.ToString(n, CultureInfo.InvariantCulture)!
                : $"test {index + 1}";
            if (test.GetValueOrDefault("ExpectedResult") is not bool expected)
            {
                throw Error($"test '{name}': ExpectedResult must be true or false.");
            }

            var log = test.GetValueOrDefault("Log");
            if (log is string text && text.TrimStart().StartsWith('{'))
            {
                log = ParseEmbeddedLog(text, name);
            }

            if (log is not Dictionary<string, object?> map)
            {
                throw Error($"test '{name}': Log must be a mapping (the test event).");
            }

            return new RuleTestCase(name, expected, PlainValues.ToJson(map))
            {
                LogType = map.GetValueOrDefault(Panther.Schemas.StandardFields.LogType) as string,
                MocksJson = test.GetValueOrDefault("Mocks") is { } mocks ? PlainValues.ToJson(mocks) : null,
            };
        }

        private Dictionary<string, object?> ParseEmbeddedLog(string text, string name)
        {
            object? log;
            try
            {
                log = PlainValues.ParseYaml(text);
            }
            catch (FormatException ex)
            {
                throw Error($"test '{name}': Log is text that is not valid JSON or YAML: {ex.Message}");
            }

            return log as Dictionary<string, object?>
                ?? throw Error($"test '{name}': Log must be a mapping (the test event).");
        }

        private string? Text(string key) => values.GetValueOrDefault(key) switch
        {
            null => null,
            string text => text.Length == 0 ? null : text,
            bool or long or double => Convert.ToString(values[key], CultureInfo.InvariantCulture),
            _ => throw Error($"{key} must be text."),
        };

        private bool Flag(string key, bool fallback) => values.GetValueOrDefault(key) switch
        {
            null => fallback,
            bool flag => flag,
            _ => throw Error($"{key} must be true or false."),
        };

        private long Integer(string key, long fallback, long minimum, long maximum)
        {
            var value = values.GetValueOrDefault(key) switch
            {
                null => fallback,
                long integer => integer,
                _ => throw Error($"{key} must be a whole number."),
            };
            return value < minimum ? throw Error($"{key} must be at least {minimum}.")
                : value > maximum ? throw Error($"{key} must be at most {maximum}.")
                : value;
        }

        private List<string> List(string key) => Strings(values.GetValueOrDefault(key), key);

        private List<string> Strings(object? value, string key) => value switch
        {
            null => [],
            string single => [single],
            List<object?> list => list.Select(item => item is null or Dictionary<string, object?> or List<object?>
                ? throw Error($"{key} must be a list of text.")
                : Convert.ToString(item, CultureInfo.InvariantCulture)!).ToList(),
            _ => throw Error($"{key} must be a list of text."),
        };

        private RuleLoadException Error(string message) => new($"{path}: {message}");
    }
}
