using Panther.Rules.Specs;

namespace Panther.Rules.CSharp.Tests;

/// <summary>A temporary folder of rule files, deleted when disposed.</summary>
internal sealed class RuleFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("panther-cs-rules-").FullName;

    /// <summary>Writes a body file and returns a spec naming it, as if read from <c>rule.yml</c> beside it.</summary>
    public RuleSpec Write(string fileName, string source, string id = "Test.Rule", string? displayName = null)
    {
        File.WriteAllText(Path.Combine(Root, fileName), source);
        return Spec(fileName, id, displayName);
    }

    public RuleSpec Spec(string fileName, string id = "Test.Rule", string? displayName = null) => new()
    {
        Id = id,
        DisplayName = displayName,
        Filename = fileName,
        SourcePath = Path.Combine(Root, "rule.yml"),
        Severity = Severity.Medium,
        Description = "From the spec.",
        Runbook = "Spec runbook.",
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
