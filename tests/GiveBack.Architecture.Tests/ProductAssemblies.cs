using System.Reflection;

namespace GiveBack.Architecture.Tests;

internal static class ProductAssemblies
{
    public static readonly Assembly Domain = typeof(Domain.Giving.LedgerFact).Assembly;
    public static readonly Assembly GrainContracts = typeof(Grains.Abstractions.Donors.IDonorGrain).Assembly;
    public static readonly Assembly Giving = typeof(GiveBack.Giving.Donors.DonorGrain).Assembly;
    public static readonly Assembly Payments = typeof(GiveBack.Payments.PaymentGrain).Assembly;
    public static readonly Assembly StripePayments = typeof(GiveBack.Payments.Stripe.StripeOptions).Assembly;
    public static readonly Assembly Ledger = typeof(Ledger.GiveBackDbContext).Assembly;
    public static readonly Assembly Data = typeof(GiveBack.Data.DatabaseOptions).Assembly;
    public static readonly Assembly Api = typeof(Api.ApiRegistration).Assembly;
    public static readonly Assembly Server = typeof(Server.Hosting.GiveBackHost).Assembly;
    public static readonly Assembly Web = typeof(GiveBack.Web.Problems.ApiProblems).Assembly;
    public static readonly Assembly Engagement = typeof(GiveBack.Engagement.EngagementOptions).Assembly;
    public static readonly Assembly Reports = typeof(GiveBack.Reports.ReportsOptions).Assembly;
    public static readonly Assembly Pledges = typeof(GiveBack.Pledges.Grains.PledgeGrain).Assembly;
    public static readonly Assembly Constituents = typeof(GiveBack.Constituents.ConstituentsRegistration).Assembly;
    public static readonly Assembly Scheduling = typeof(GiveBack.Scheduling.ScheduledJobs).Assembly;
    public static readonly Assembly GivingDays = typeof(GiveBack.GivingDays.GivingDaysDbContext).Assembly;

    /// <summary>Every product assembly the host composes (the host itself excluded).</summary>
    public static readonly Assembly[] Modules =
    [
        Domain, GrainContracts, Giving, Payments, StripePayments, Ledger, Data, Api, Web, Engagement, Reports, Pledges, Constituents, GivingDays,
        typeof(GiveBack.Cluster.GiveBackClusterOptions).Assembly,
        typeof(GiveBack.Outreach.OutreachOptions).Assembly,
        Scheduling,
        typeof(GiveBack.Plugins.Hosting.PluginHostOptions).Assembly,
        typeof(GiveBack.Plugins.Abstractions.IGiveBackPlugin).Assembly,
    ];

    /// <summary>Every product assembly, the host included: each module's serialized types are held to the same rules.</summary>
    public static readonly Assembly[] All = [.. Modules, Server];

    /// <summary>The plugin contract and the plugin host: like the plugins, they must never see Orleans.</summary>
    public static readonly Assembly[] PluginSide =
    [
        typeof(GiveBack.Plugins.Abstractions.IGiveBackPlugin).Assembly,
        typeof(GiveBack.Plugins.Hosting.PluginHostOptions).Assembly,
    ];

    /// <summary>The assemblies that hold grains and what they exchange: they must never see Stripe's types.</summary>
    public static readonly Assembly[] GrainSide = [Domain, GrainContracts, Giving, Payments, Engagement, Pledges, GivingDays];
}
