using System.Reflection;
using GiveBack.Resilience;

namespace GiveBack.Architecture.Tests;

/// <summary>Test tools (the Stripe emulator, the plugin conformance kit, the micro-benchmarks) stay outside the product it ships.</summary>
public sealed class ToolBoundaryTests
{
    private static readonly string[] TestTools = ["GiveBack.StripeEmulator", "GiveBack.Plugins.ConformanceKit", "GiveBack.Micro.Benchmarks"];

    [Fact]
    public void The_host_never_references_a_test_tool()
    {
        var shipped = ReferencedGiveBackAssemblies(ProductAssemblies.Server);

        Assert.Contains(typeof(Backoff).Assembly.GetName().Name!, shipped);
        Assert.DoesNotContain(shipped, TestTools.Contains);
    }

    [Fact]
    public void The_retry_schedule_references_nothing_but_the_runtime()
    {
        // The emulator and the plugin host share it: a reference here (Orleans, EF Core) would follow them both.
        var references = typeof(Backoff).Assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList();

        Assert.All(references, r => Assert.True(r.StartsWith("System", StringComparison.Ordinal), $"GiveBack.Resilience references {r}"));
    }

    private static HashSet<string> ReferencedGiveBackAssemblies(Assembly root)
    {
        var seen = new HashSet<string> { root.GetName().Name! };
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name!.StartsWith("GiveBack.", StringComparison.Ordinal) && seen.Add(reference.Name))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }

        return seen;
    }
}
