using System.Reflection;

namespace GiveBack.Architecture.Tests;

internal static class ProductAssemblies
{
    public static readonly Assembly Domain = typeof(Domain.Giving.LedgerFact).Assembly;
    public static readonly Assembly GrainContracts = typeof(Grains.Abstractions.Donors.IDonorGrain).Assembly;
    public static readonly Assembly Grains = typeof(GiveBack.Grains.Donors.DonorGrain).Assembly;
    public static readonly Assembly Ledger = typeof(Ledger.GiveBackDbContext).Assembly;
    public static readonly Assembly Api = typeof(Api.ApiRegistration).Assembly;
    public static readonly Assembly Server = typeof(Server.Hosting.GiveBackHost).Assembly;

    public static readonly Assembly[] All = [Domain, GrainContracts, Grains, Ledger, Api, Server];

    /// <summary>The assemblies that hold grains and what they exchange: they must never see Stripe's types.</summary>
    public static readonly Assembly[] GrainSide = [Domain, GrainContracts, Grains];
}
