using Meic.Core.Text;

namespace Meic.Core.Tests.Text;

// The positioned tree toolkit.json and plugin.json are read into: every value knows its path and line.
public sealed class JsonTreeTests
{
    [Fact]
    public void Should_give_every_value_its_path_and_line()
    {
        var root = JsonTree.Parse("""
            {
              "store": { "kind": "sqlite" },
              "hooks": {
                "actor.added": [
                  "a.csx",
                  "b.csx"
                ]
              }
            }
            """);

        root.Line.ShouldBe(1);
        root["store"]!["kind"]!.Path.ShouldBe("store.kind");
        root["store"]!["kind"]!.Line.ShouldBe(2);
        var hook = root["hooks"]!["actor.added"]!;
        hook.Path.ShouldBe("hooks['actor.added']");
        hook.Line.ShouldBe(4);
        hook.Items[1].Path.ShouldBe("hooks['actor.added'][1]");
        hook.Items[1].Line.ShouldBe(6);
    }

    [Fact]
    public void Should_keep_each_kind_of_value_and_its_text()
    {
        var root = JsonTree.Parse("""{ "s": "a\"b\u00e9", "i": 12, "f": -1.5e2, "t": true, "n": null, "o": {}, "a": [] }""");

        root.Properties.Select(p => (p.Key, p.Value.Kind, p.Value.Text)).ShouldBe([
            ("s", JsonKind.String, "a\"bé"), ("i", JsonKind.Number, "12"), ("f", JsonKind.Number, "-1.5e2"), ("t", JsonKind.Boolean, "true"),
            ("n", JsonKind.Null, "null"), ("o", JsonKind.Object, ""), ("a", JsonKind.Array, ""),
        ]);
        root["i"]!.IsInteger.ShouldBeTrue();
        root["f"]!.IsInteger.ShouldBeFalse();
        root["f"]!.Number.ShouldBe(-150);
        root["f"]!.Describe().ShouldBe("float -1.5e2");
    }

    [Fact]
    public void Should_allow_comments_and_trailing_commas()
    {
        var root = JsonTree.Parse("// settings\n{\n  /* the store */ \"store\": { \"kind\": \"sqlite\", },\n  \"plugins\": [ \"a\", ],\n}");

        root["store"]!["kind"]!.Text.ShouldBe("sqlite");
        root["store"]!["kind"]!.Line.ShouldBe(3);
        root["plugins"]!.Items.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("", 1, 1, "the file is empty.")]
    [InlineData("  // only a comment\n", 1, 1, "the file is empty.")]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}' after the value; found '\"'.")]
    [InlineData("{\n  \"a\": 01\n}", 2, 8, "a number may not start with a leading zero.")]
    [InlineData("{ \"a\": 1 }\n{}", 2, 1, "expected the end of the text after the value; found '{'.")]
    [InlineData("{\n  \"a\": \"open\n}", 2, 8, "the string is not closed on its line (a line break in a string is written \\n).")]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3, "the key \"a\" appears twice.")]
    public void Should_say_where_and_why_a_text_is_not_json(string text, int line, int position, string message)
    {
        var e = Should.Throw<JsonTreeException>(() => JsonTree.Parse(text));

        e.Message.ShouldBe(message);
        (e.Line, e.Position).ShouldBe((line, position));
    }
}
