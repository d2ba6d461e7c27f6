using Meic.Core.Workspace;
using Meic.Sdk.Errors;

namespace Meic.Scripting.Tests;

public sealed class ScriptsConfigTests
{
    [Fact]
    public void Should_read_indicators_import_mappings_and_the_output_limit()
    {
        var config = ToolkitConfigReader.Parse("""
            { "scripts": { "timeoutSeconds": 2, "maxOutputBytes": 4096,
              "indicators": { "ONBOARD": "scripts/a.csx" }, "importMappings": { "municipi": "scripts/b.csx" } },
              "hooks": { "actor.added": ["scripts/c.csx"] } }
            """, "toolkit.json");

        config.Scripts.TimeoutSeconds.ShouldBe(2);
        config.Scripts.MaxOutputBytes.ShouldBe(4096);
        config.Scripts.Indicators["ONBOARD"].ShouldBe("scripts/a.csx");
        config.Scripts.ImportMappings["municipi"].ShouldBe("scripts/b.csx");
        config.Hooks["actor.added"].ShouldBe(["scripts/c.csx"]);
    }

    [Theory]
    [InlineData("""{ "scripts": { "indicators": { "X": "a.py" } } }""", "$.scripts.indicators.X", "expected the path of a .csx script")]
    [InlineData("""{ "scripts": { "importMappings": [] } }""", "$.scripts.importMappings", "expected an object")]
    [InlineData("""{ "scripts": { "maxOutputBytes": 10 } }""", "$.scripts.maxOutputBytes", "expected a number from 1024")]
    [InlineData("""{ "scripts": { "sandbox": true } }""", "$.scripts.sandbox", "unknown key")]
    [InlineData("""{ "hooks": { "actor.added": ["x.sh"] } }""", "$.hooks['actor.added'][0]", "expected the path of a .csx script")]
    public void Should_report_a_bad_scripts_key_with_its_json_path(string json, string path, string message)
    {
        var e = Should.Throw<InputException>(() => ToolkitConfigReader.Parse(json, "toolkit.json"));

        e.Message.ShouldContain(message);
        e.Where.ShouldNotBeNull().ShouldContain(path);
    }
}
