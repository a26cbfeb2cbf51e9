namespace GiveBack.Architecture.Tests;

public sealed class DependencyRulesTests
{
    [Fact]
    public void Grains_and_what_they_exchange_never_reference_Stripe()
    {
        foreach (var assembly in ProductAssemblies.GrainSide)
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), r => r.Name!.StartsWith("Stripe", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_rules_do_no_io_they_reference_neither_ef_nor_aspnet()
    {
        var references = ProductAssemblies.Domain.GetReferencedAssemblies().Select(r => r.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Fact]
    public void Grains_are_sealed()
    {
        var grains = ProductAssemblies.GrainSide.SelectMany(a => a.GetTypes()).Where(t => typeof(Grain).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(grains);
        Assert.All(grains, g => Assert.True(g.IsSealed, $"{g.Name} should be sealed"));
    }

    [Fact]
    public void Ledger_rows_cannot_be_changed_through_their_properties()
    {
        var settable = typeof(Ledger.Gifts.LedgerEntry).GetProperties()
            .Where(p => p.SetMethod is { } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => p.Name)
            .ToList();

        Assert.True(settable.Count == 0, $"Ledger rows are append-only, but these can be set after creation: {string.Join(", ", settable)}");
    }
}
