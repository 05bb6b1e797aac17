using Alignment.Benchmarks;
using BenchmarkDotNet.Running;

if (!RepeatedQualityBenchmark.TryRun(args) && !PeakMemoryBenchmark.TryRun(args) && !AlignerCpuBenchmark.TryRun(args) && !PhaseProbe.TryRun(args) && !EditedQualityBenchmark.TryRun(args) && !MovedQualityBenchmark.TryRun(args) && !CorpusCalibrationBenchmark.TryRun(args))
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
