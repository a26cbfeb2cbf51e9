using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GiveBack.Ledger.Infrastructure;

internal static class PostgresErrors
{
    public static bool IsUniqueViolation(this DbUpdateException exception, string constraint) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && postgres.ConstraintName == constraint;
}
