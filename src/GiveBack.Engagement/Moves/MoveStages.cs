using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GiveBack.Engagement.Moves;

/// <summary>Stages are stored as their lowercase names, as the API spells them, so SQL reads like the API.</summary>
public static class MoveStages
{
    internal static readonly ValueConverter<MoveStage, string> Converter = new(
        stage => Name(stage),
        name => Enum.Parse<MoveStage>(name, ignoreCase: true));

    public static string Name(MoveStage stage) => stage.ToString().ToLowerInvariant();
}
