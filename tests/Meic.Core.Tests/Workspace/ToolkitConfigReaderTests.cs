using Meic.Core.Workspace;
using Meic.Sdk.Errors;
using Meic.Testing;

namespace Meic.Core.Tests.Workspace;

public sealed class ToolkitConfigReaderTests
{
    [Fact]
    public void Should_read_the_toolkits_default_configuration()
    {
        var config = ToolkitConfigReader.Read(Path.Combine(Repo.Root, "src", "Meic.Cli", "toolkit.default.json"));
        config.Store.Kind.ShouldBe("sqlite");
        config.Store.Path.ShouldBe("cluster.db");
        config.Scripts.TimeoutSeconds.ShouldBeGreaterThan(0);
        config.Limits.MaxEntryBytes.ShouldBe(Meic.Sdk.Files.FileLimits.Default.MaxEntryBytes);
        config.Limits.MaxFieldChars.ShouldBe(Meic.Sdk.Files.FileLimits.Default.MaxFieldChars);
    }

    [Fact]
    public void Should_read_the_opt_in_plugins_a_workspace_enables()
    {
        var config = ToolkitConfigReader.Parse("""{ "plugins": { "enabled": ["rome.municipi"] } }""", "toolkit.json");

        config.Plugins.Enabled.ShouldBe(["rome.municipi"]);
    }

    [Fact]
    public void Should_read_the_file_limits_a_workspace_sets()
    {
        var config = ToolkitConfigReader.Parse("""{ "limits": { "maxFieldChars": 5000, "maxEntries": 50, "maxTotalBytes": 4294967296 } }""", "toolkit.json");

        config.Limits.MaxFieldChars.ShouldBe(5000);
        config.Limits.MaxEntries.ShouldBe(50);
        config.Limits.MaxTotalBytes.ShouldBe(4294967296L);
        config.Limits.MaxXmlDepth.ShouldBe(Meic.Sdk.Files.FileLimits.Default.MaxXmlDepth);
    }

    [Theory]
    [InlineData("""{ "langauge": "it" }""", "$.langauge", "unknown key")]
    [InlineData("""{ "language": "fr" }""", "$.language", "expected one of it, es, en")]
    [InlineData("""{ "store": { "kind": "mysql" } }""", "$.store.kind", "expected \"sqlite\", \"litedb\" or \"postgres\"")]
    [InlineData("""{ "store": { "busyTimeoutMs": "soon" } }""", "$.store.busyTimeoutMs", "expected a whole number")]
    [InlineData("""{ "plugins": { "disabled": "meic.mapping" } }""", "$.plugins.disabled", "expected an array of strings")]
    [InlineData("""{ "scripts": { "trusted": "yes" } }""", "$.scripts.trusted", "expected true or false")]
    [InlineData("""{ "hooks": { "actor.added": [ 3 ] } }""", "hooks['actor.added'][0]", "expected a string")]
    [InlineData("""{ "scripts": { "timeoutSeconds": 99999999999999999999 } }""", "$.scripts.timeoutSeconds", "at most 86400")]
    [InlineData("""{ "scripts": { "timeoutSeconds": 0 } }""", "$.scripts.timeoutSeconds", "above 0")]
    [InlineData("""{ "limits": { "maxEntryBytes": 99999999999999999999 } }""", "$.limits.maxEntryBytes", "expected a number from 1024 to 1073741824")]
    [InlineData("""{ "limits": { "maxXmlDepth": 2 } }""", "$.limits.maxXmlDepth", "expected a number from 8 to 1024")]
    [InlineData("""{ "limits": { "maxFieldChars": 1.5 } }""", "$.limits.maxFieldChars", "expected a whole number")]
    [InlineData("""{ "limits": { "maxZipBytes": 10 } }""", "$.limits.maxZipBytes", "unknown key")]
    public void Should_name_the_json_path_of_a_wrong_key_or_type(string json, string path, string expected)
    {
        var e = Should.Throw<InputException>(() => ToolkitConfigReader.Parse(json, "toolkit.json"));
        e.ExitCode.ShouldBe(2);
        e.Message.ShouldContain(path);
        e.Message.ShouldContain(expected);
        e.Message.ShouldStartWith("toolkit.json");
    }

    [Fact]
    public void Should_name_the_line_of_malformed_json()
    {
        var e = Should.Throw<InputException>(() => ToolkitConfigReader.Parse("{\n  \"language\": \"it\",\n  \"store\": {\n}", "toolkit.json"));
        e.Message.ShouldContain("line");
        e.Message.ShouldContain("not valid JSON");
    }

    [Fact]
    public void Should_refuse_duplicated_keys()
    {
        var e = Should.Throw<InputException>(() => ToolkitConfigReader.Parse("{\n  \"language\": \"it\",\n  \"language\": \"es\"\n}", "toolkit.json"));
        e.Message.ShouldContain("\"language\" appears twice");
        e.Message.ShouldContain("line 3");
    }

    [Fact]
    public void Should_name_the_line_of_a_value_of_the_wrong_type()
    {
        var e = Should.Throw<InputException>(() => ToolkitConfigReader.Parse("{\n  \"store\": {\n    \"kind\": \"sqlite\",\n    \"busyTimeoutMs\": 1.5\n  }\n}", "toolkit.json"));
        e.Where.ShouldBe("toolkit.json:4: $.store.busyTimeoutMs");
        e.Message.ShouldContain("expected a whole number; found float 1.5");
    }

    [Fact]
    public void Should_accept_comments_and_trailing_commas_as_people_write_them()
    {
        var config = ToolkitConfigReader.Parse("""
            {
              // the cluster speaks Italian
              "language": "it",
              "plugins": { "disabled": [ "meic.brokerage", ], },
            }
            """, "toolkit.json");
        config.Language.ShouldBe("it");
        config.Plugins.Disabled.ShouldBe(["meic.brokerage"]);
    }

    [Fact]
    public void Should_find_the_workspace_by_walking_up_like_git()
    {
        using var dir = new TempDir();
        dir.Write("toolkit.json", "{}");
        var deep = Directory.CreateDirectory(Path.Combine(dir.Path, "a", "b")).FullName;

        ClusterWorkspace.Find(deep, null)!.Directory.ShouldBe(dir.Path);
    }

    [Fact]
    public void Should_say_an_explicit_folder_is_not_a_workspace()
    {
        using var dir = new TempDir();
        var e = Should.Throw<InputException>(() => ClusterWorkspace.Find("/", dir.Path));
        e.Message.ShouldContain("not a MEIC workspace");
        e.ExitCode.ShouldBe(2);
    }
}
