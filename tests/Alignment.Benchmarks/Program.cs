using Alignment.Benchmarks;
using BenchmarkDotNet.Running;

if (!PeakMemoryBenchmark.TryRun(args))
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
