using GiveBack.GivingDays.Ambassadors;
using GiveBack.GivingDays.Challenges;
using GiveBack.GivingDays.Days;
using GiveBack.GivingDays.Matches;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays;

/// <summary>
/// A giving day's own facts: the days and their gifts' public facts, matches and what each gift took from them,
/// challenges and the gifts and donors they counted, ambassadors and their links' clicks. Same database as the ledger,
/// own tables and own migrations history (<c>__giving_days_migrations</c>); the money itself is always a ledger row booked through giving.
/// </summary>
public sealed class GivingDaysDbContext(DbContextOptions<GivingDaysDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__giving_days_migrations";

    public DbSet<CampaignMatchRecord> CampaignMatches => Set<CampaignMatchRecord>();

    public DbSet<MatchAllocationRecord> MatchAllocations => Set<MatchAllocationRecord>();

    public DbSet<GivingDayRecord> GivingDays => Set<GivingDayRecord>();

    public DbSet<GivingDayGiftRecord> GivingDayGifts => Set<GivingDayGiftRecord>();

    public DbSet<CampaignChallengeRecord> CampaignChallenges => Set<CampaignChallengeRecord>();

    public DbSet<ChallengeGiftRecord> ChallengeGifts => Set<ChallengeGiftRecord>();

    public DbSet<ChallengeDonorRecord> ChallengeDonors => Set<ChallengeDonorRecord>();

    public DbSet<AmbassadorRecord> Ambassadors => Set<AmbassadorRecord>();

    public DbSet<AmbassadorClickRecord> AmbassadorClicks => Set<AmbassadorClickRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GivingDaysDbContext).Assembly);
    }
}
