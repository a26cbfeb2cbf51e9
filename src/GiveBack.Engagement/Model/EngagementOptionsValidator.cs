using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace GiveBack.Engagement.Model;

/// <summary>Refuses to start with a model that could not explain itself: unknown dimensions, a ladder out of order.</summary>
internal sealed partial class EngagementOptionsValidator : IValidateOptions<EngagementOptions>
{
    public ValidateOptionsResult Validate(string? name, EngagementOptions options)
    {
        var failures = new List<string>();
        if (options.ActivityTypes.Count == 0)
        {
            failures.Add("Engagement:ActivityTypes must name at least one activity type.");
        }

        foreach (var (type, definition) in options.ActivityTypes)
        {
            if (!NamePattern().IsMatch(type))
            {
                failures.Add($"Engagement:ActivityTypes:{type}: a type name is lowercase letters, digits and '-', at most 40 characters.");
            }

            if (!Dimensions.All.Contains(definition.Dimension))
            {
                failures.Add($"Engagement:ActivityTypes:{type}:Dimension must be one of {string.Join(", ", Dimensions.All)}.");
            }

            if (definition.Weight is < 0 or > 1000 || double.IsNaN(definition.Weight))
            {
                failures.Add($"Engagement:ActivityTypes:{type}:Weight must be between 0 and 1000.");
            }
        }

        ValidateLadder(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateLadder(EngagementOptions options, List<string> failures)
    {
        var stages = options.Stages;
        if (stages.Count < 2)
        {
            failures.Add("Engagement:Stages must have an entry rung and at least one rung above it.");
            return;
        }

        if (stages[0].MinScore != 0 || stages[0].WithinDays is not null)
        {
            failures.Add("Engagement:Stages:0 is the entry rung: MinScore 0 and no WithinDays, so every donor stands somewhere.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { options.AmbassadorStage };
        if (!NamePattern().IsMatch(options.AmbassadorStage))
        {
            failures.Add("Engagement:AmbassadorStage is lowercase letters, digits and '-'.");
        }

        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            if (!NamePattern().IsMatch(stage.Name) || !names.Add(stage.Name))
            {
                failures.Add($"Engagement:Stages:{i}:Name must be a unique lowercase name, different from the ambassador stage.");
            }

            if (i > 0 && (stage.MinScore <= stages[i - 1].MinScore || stage.WithinDays is null or < 1))
            {
                failures.Add($"Engagement:Stages:{i} needs a MinScore above the rung below it and WithinDays of at least 1.");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex NamePattern();
}
