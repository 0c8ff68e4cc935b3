using System.Runtime.CompilerServices;

namespace Panther.Rules.JavaScript.Tests;

/// <summary>
/// Turns on Jint's host-contract checks for the whole test run, so the read-only event objects are verified to
/// answer property questions consistently. The switch is read once, before the first Jint type is used.
/// </summary>
internal static class HostContractVerification
{
    [ModuleInitializer]
    internal static void Enable() => AppContext.SetSwitch("Jint.EnableHostContractVerification", true);
}
