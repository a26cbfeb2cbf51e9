using System.ComponentModel.DataAnnotations;

namespace GiveBack.Data;

public sealed class DatabaseOptions
{
    public const string ConnectionStringName = "GiveBack";

    [Required(ErrorMessage = "ConnectionStrings:GiveBack (or GIVEBACK_DB) must name the PostgreSQL database.")]
    public string ConnectionString { get; set; } = string.Empty;
}
