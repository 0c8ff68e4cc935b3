namespace Panther.Cli;

/// <summary>The message for a <c>--lake</c> folder that is not there: a file in its place, or nothing.</summary>
internal static class MissingLake
{
    public static string Message(string path) => File.Exists(path)
        ? $"panther: '{path}' is a file; --lake names the lake's folder."
        : $"panther: lake folder '{path}' does not exist.";
}
