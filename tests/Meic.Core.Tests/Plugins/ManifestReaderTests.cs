using Meic.Core.Plugins;
using Meic.Sdk.Errors;
using Meic.Testing;

namespace Meic.Core.Tests.Plugins;

public sealed class ManifestReaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void Should_read_a_valid_manifest_with_localised_names()
    {
        var m = ManifestReader.Read(Path.Combine(Repo.FixturePlugins, "Fixture.Good", "plugin.json"));
        m.Id.ShouldBe("fixture.good");
        m.Version.ShouldBe(new Version(1, 2, 0));
        m.Name.For("it").ShouldBe("Fixture buona");
        m.Commands.Single().Description.For("es").ShouldBe("Saluda desde un plugin");
        m.Sdk.Contains(new Version(2, 0, 0)).ShouldBeTrue();
        m.Sdk.Contains(new Version(3, 0, 0)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("""{ "version": "1.0", "sdk": ">=1.0", "entry": "x.dll" }""", "\"id\" is missing")]
    [InlineData("""{ "id": "x", "version": "one", "sdk": ">=1.0", "entry": "x.dll" }""", "not a version")]
    [InlineData("""{ "id": "x", "version": "1.0", "sdk": "~1", "entry": "x.dll" }""", "\"sdk\"")]
    [InlineData("""{ "id": "x", "version": "1.0", "sdk": ">=1.0", "entry": "../../evil.dll" }""", "inside the plugin's folder")]
    [InlineData("""{ "id": "x", "version": "1.0", "sdk": ">=1.0", "entry": "x.dll", "commands": [ { "name": "Bad Name" } ] }""", "commands[0]")]
    [InlineData("""{ "id": "x", "version": "1.0", "sdk": ">=1.0", "entry": "x.dll", "colour": "red" }""", "unknown key \"colour\"")]
    [InlineData("""{ "id": "x", """, "not valid JSON")]
    public void Should_reject_a_broken_manifest_with_the_reason(string json, string expected)
    {
        var file = _dir.Write("p/plugin.json", json);
        var e = Should.Throw<InputException>(() => ManifestReader.Read(file));
        e.Message.ShouldContain(expected);
        e.Message.ShouldContain("plugin.json");
    }

    public void Dispose() => _dir.Dispose();
}
