namespace GiveBack.Domain.Pledges;

/// <summary>Splits a pledge into equal installments; the cents that do not divide evenly go on the last one.</summary>
public static class InstallmentPlan
{
    public const int MaxInstallments = 120;

    public static List<Installment> Schedule(long total, int count, PledgeFrequency frequency, DateOnly firstDueOn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxInstallments);
        ArgumentOutOfRangeException.ThrowIfLessThan(total, count);
        var share = total / count;
        var months = frequency switch
        {
            PledgeFrequency.Monthly => 1,
            PledgeFrequency.Quarterly => 3,
            PledgeFrequency.Yearly => 12,
            _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
        };
        return [.. Enumerable.Range(0, count).Select(i => new Installment(
            i + 1,
            firstDueOn.AddMonths(i * months),
            i == count - 1 ? total - (share * (count - 1)) : share))];
    }
}
