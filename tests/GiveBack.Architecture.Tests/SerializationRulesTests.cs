using System.Reflection;

namespace GiveBack.Architecture.Tests;

public sealed class SerializationRulesTests
{
    public static TheoryData<string> SerializedTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ProductAssemblies.All.SelectMany(a => a.GetTypes()).Where(IsSerialized).Where(t => !t.IsEnum))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SerializedTypes))]
    public void Every_serialized_member_has_an_explicit_id(string typeName)
    {
        var type = ProductAssemblies.All.Select(a => a.GetType(typeName)).Single(t => t is not null)!;
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is not null)
            .Where(p => p.GetCustomAttribute<IdAttribute>() is null)
            .Select(p => p.Name)
            .ToList();

        Assert.True(members.Count == 0, $"{type.Name} serializes {string.Join(", ", members)} without [Id(n)]: field order would decide the wire format.");
    }

    [Fact]
    public void Every_serialized_type_has_a_stable_alias()
    {
        var missing = ProductAssemblies.All.SelectMany(a => a.GetTypes())
            .Where(IsSerialized)
            .Where(t => t.GetCustomAttribute<AliasAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();

        Assert.True(missing.Count == 0, $"Renaming these would break stored state and messages: {string.Join(", ", missing)}");
    }

    [Fact]
    public void There_are_serialized_types_to_check() => Assert.True(SerializedTypes().Count >= 10);

    private static bool IsSerialized(Type type) => type.GetCustomAttribute<GenerateSerializerAttribute>() is not null;
}
