namespace Panther.Cli;

/// <summary>The exit codes of the <c>panther</c> tool.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary>The work finished, but some records were quarantined.</summary>
    public const int Quarantined = 1;

    /// <summary>The command line or the configuration is wrong; nothing was processed.</summary>
    public const int Usage = 2;
}
