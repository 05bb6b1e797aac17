using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// How the aligner's inner loops are compiled. An alignment is one long call that spends its time in a few loops.
/// Tiered compilation first runs every method unoptimised and swaps in optimised code only after a pause in new
/// compilations, which an alignment in a fresh process (the command line's) does not make until late: without
/// tiering, such an alignment took a third less CPU. Compiled optimised from their first call, the loops cost the
/// same in a warm process and much less in a fresh one (the figures are in docs/benchmarks.md). The steps an
/// alignment takes once (features, a training, the tables of a pass) are marked too: called fewer times than tiering
/// counts, they never reach optimised code of their own and ran their long loops, in every alignment of a process,
/// unoptimised until the runtime replaced them mid-loop with code compiled for that loop alone. So are the methods
/// those call that the compiler does not inline (a run's length or quotation marks, a word's token or stem, a
/// vocabulary's id, a long deviation's tail): in a fresh process they ran unoptimised, 8 % of a 10k-sentence
/// command's CPU, until tiering caught up. A marked method is itself seldom inlined,
/// so small methods the loops do inline are left unmarked.
/// </summary>
internal static class HotLoop
{
    /// <summary>The option that compiles a method optimised from its first call.</summary>
    public const MethodImplOptions Optimised = MethodImplOptions.AggressiveOptimization;
}
