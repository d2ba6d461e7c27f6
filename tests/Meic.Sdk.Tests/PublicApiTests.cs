using System.Reflection;
using Meic.Sdk;
using Meic.Testing;

namespace Meic.Sdk.Tests;

/// <summary>The SDK's public surface is compared with a checked-in list, so every contract change is seen in review.</summary>
public sealed class PublicApiTests
{
    private static string ApprovedFile => Path.Combine(Repo.Root, "src", "Meic.Sdk", "PublicAPI.txt");

    [Fact]
    public void Should_match_the_approved_public_surface()
    {
        var actual = Surface();
        var approved = File.Exists(ApprovedFile) ? File.ReadAllText(ApprovedFile).ReplaceLineEndings("\n") : "";
        if (actual == approved) return;
        var received = Path.Combine(Directory.CreateTempSubdirectory("meic-PublicAPI.").FullName, "PublicAPI.received.txt");
        File.WriteAllText(received, actual);
        actual.ShouldBe(approved, "The SDK's public surface changed. If that is intended, copy the received file "
            + received + " over src/Meic.Sdk/PublicAPI.txt.");
    }

    [Fact]
    public void Should_document_every_public_member()
    {
        var xml = Path.Combine(AppContext.BaseDirectory, "Meic.Sdk.xml");
        File.Exists(xml).ShouldBeTrue("the SDK must generate its documentation file");
    }

    internal static string Surface()
    {
        var lines = new List<string>();
        foreach (var type in typeof(SdkInfo).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {type.FullName}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var m in type.GetMembers(flags).Select(Describe).Where(d => d is not null).Order(StringComparer.Ordinal))
                lines.Add("  " + m);
        }
        return string.Join("\n", lines) + "\n";
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : "class";

    private static string? Describe(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Params(c)})",
        MethodInfo { IsSpecialName: true } => null,
        MethodInfo mi => $"{(mi.IsStatic ? "static " : "")}{Name(mi.ReturnType)} {mi.Name}({Params(mi)})",
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : "")}{(p.SetMethod?.IsPublic == true ? " set;" : "")} }}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {nested.Name}",
        _ => null,
    };

    private static string Params(MethodBase m) => string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type t) => t.IsGenericType
        ? $"{t.Name[..t.Name.IndexOf('`')]}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>"
        : t.Name;
}
