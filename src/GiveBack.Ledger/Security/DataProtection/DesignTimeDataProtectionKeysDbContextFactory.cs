using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Ledger.Security.DataProtection;

/// <summary>Lets <c>dotnet ef migrations add --context DataProtectionKeysDbContext</c> build the model without a host.</summary>
internal sealed class DesignTimeDataProtectionKeysDbContextFactory : IDesignTimeDbContextFactory<DataProtectionKeysDbContext>
{
    public DataProtectionKeysDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DataProtectionKeysDbContext>();
        options.UseDataProtectionNpgsql(Environment.GetEnvironmentVariable("GIVEBACK_DB") ?? "Host=127.0.0.1;Database=giveback_design");
        return new DataProtectionKeysDbContext(options.Options);
    }
}
