using BenchmarkDotNet.Running;
using GiveBack.Micro.Benchmarks;
using GiveBack.Micro.Benchmarks.Grains;

// `--increments [N]` is the in-silo throughput run (not BenchmarkDotNet); anything else goes to BenchmarkDotNet.
var arguments = BenchmarkArguments.Parse(args);
if (arguments.Database is { } database)
{
    // BenchmarkDotNet runs each benchmark in a child process, which inherits the variable.
    Environment.SetEnvironmentVariable(BenchmarkSilo.DatabaseVariable, database);
}

if (arguments.Increments is { } increments)
{
    return await IncrementsRun.RunAsync(increments, arguments.Window, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkArguments).Assembly).Run(arguments.Rest);
return 0;
