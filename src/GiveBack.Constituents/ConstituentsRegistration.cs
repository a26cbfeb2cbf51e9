using GiveBack.Constituents.Audit;
using GiveBack.Constituents.Erasure;
using GiveBack.Constituents.Exports;
using GiveBack.Constituents.Imports;
using GiveBack.Constituents.Matching;
using GiveBack.Constituents.Merge;
using GiveBack.Constituents.Relationships;
using GiveBack.Data.Postgres;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Erasure;
using GiveBack.Domain.Exports;
using GiveBack.Giving.Donors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Constituents;

public static class ConstituentsRegistration
{
    /// <summary>
    /// The constituents module's services: its tables, and the audit of personal data. Each concern (imports, matching
    /// and merge, export, erasure) registers its own from here, so the host composes the module with one call.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackConstituents(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGiveBackDbContext<ConstituentsDbContext>(ConstituentsDbContext.MigrationsHistoryTable);
        builder.Services.AddSingleton<DonorEraser>();
        builder.Services.AddSingleton<IRecordExport, ErasuresExport>();
        builder.Services.AddSingleton<ExportArchive>();
        builder.Services.AddSingleton<SubjectAccessExport>();
        builder.Services.AddSingleton<SubjectAccessPdf>();
        builder.Services.AddSingleton<PersonalDataAudit>();
        builder.Services.AddSingleton<DonorAccessLog>();
        builder.Services.AddSingleton<HouseholdAccessLog>();
        builder.Services.AddSingleton<IRecordExport, AuditEntriesExport>();
        builder.Services.AddSingleton<IDonorErasureStep, AuditTrailErasure>();
        builder.Services.AddGiveBackImports();
        AddMatchingAndMerge(builder.Services);
        AddRelationships(builder.Services);
        return builder;
    }

    private static void AddRelationships(IServiceCollection services)
    {
        services.AddSingleton<CreditSummaries>();
        services.AddSingleton<Households>();
        services.AddSingleton<DonorLinks>();
        services.AddSingleton<SoftCredits>();
        services.AddSingleton<DonorRelationships>();
        services.AddSingleton<HardAndSoftCreditReport>();
        services.AddSingleton<IRecordExport, RelationshipsExport>();
        services.AddSingleton<IDonorMergeStep, RelationshipsMergeStep>();
        services.AddSingleton<IDonorErasureStep, RelationshipsErasure>();
    }

    private static void AddMatchingAndMerge(IServiceCollection services)
    {
        services.AddOptions<DonorMatchingOptions>().BindConfiguration(DonorMatchingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DonorMatching>();
        services.AddSingleton<INewDonorMatching>(s => s.GetRequiredService<DonorMatching>());
        services.AddSingleton<DonorMerger>();
    }
}
