namespace Panther.Tests.Shared;

/// <summary>
/// Counts the bytes a piece of work allocates on the current thread once it is warm. The work runs a number of
/// times while allocations are counted; a measurement that saw allocations is taken again, up to three in all, and
/// the least is kept. The runtime sometimes allocates once on the thread (a method promoted to optimized code, a
/// type loaded late), which the next measurement does not repeat, while a cost per call shows in every one.
/// </summary>
internal static class Allocations
{
    /// <summary>Runs the work <paramref name="times"/> times per measurement and returns the least bytes allocated
    /// by one measurement.</summary>
    /// <param name="work">The work, already run once or more so that its buffers have grown.</param>
    /// <param name="times">How many times one measurement runs the work.</param>
    /// <returns>The bytes allocated, 0 when the work allocates nothing.</returns>
    public static long Measure(Action work, int times = 1000)
    {
        var least = long.MaxValue;
        for (var measurement = 0; measurement < 3 && least > 0; measurement++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < times; i++)
            {
                work();
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
