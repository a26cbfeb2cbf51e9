namespace GiveBack.Reports.Benchmarks;

/// <summary>One timed report call; <paramref name="Run"/> returns a short description of what it found.</summary>
internal sealed record ReportCase(string Name, Func<CancellationToken, Task<string>> Run);
