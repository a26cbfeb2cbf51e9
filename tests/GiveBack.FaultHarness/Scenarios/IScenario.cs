namespace GiveBack.FaultHarness.Scenarios;

/// <summary>A fault and what must hold after it. Each begins with every host running and ready.</summary>
internal interface IScenario
{
    /// <summary>The name <c>--scenario</c> takes.</summary>
    string Name { get; }

    /// <summary>What the scenario does, for the table's legend.</summary>
    string Title { get; }

    Task<ScenarioResult> RunAsync(ScenarioContext context, CancellationToken cancellationToken);
}
