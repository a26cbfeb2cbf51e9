using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GiveBack.Data.Postgres;

/// <summary>Names the PostgreSQL failures a store answers for itself (a retried insert meeting its own row).</summary>
public static class PostgresErrors
{
    public static bool IsUniqueViolation(this DbUpdateException exception, string constraint) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && postgres.ConstraintName == constraint;
}
