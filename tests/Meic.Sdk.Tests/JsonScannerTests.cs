using Meic.Sdk.Text;

namespace Meic.Sdk.Tests;

// The SDK's own JSON reader: strict RFC 8259, with comments and trailing commas only when asked for,
// and errors that say where.
public sealed class JsonScannerTests
{
    [Fact]
    public void Should_read_every_kind_of_token_in_order()
    {
        Tokens("""{ "a": [1, -2.5e3, "x", true, false, null], "b": {} }""").ShouldBe([
            "StartObject", "PropertyName a", "StartArray", "Number 1", "Number -2.5e3", "String x", "True true", "False false", "Null null", "EndArray",
            "PropertyName b", "StartObject", "EndObject", "EndObject",
        ]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("7")]
    [InlineData("1234567890")]
    [InlineData("-12.5")]
    [InlineData("0.001")]
    [InlineData("1e10")]
    [InlineData("1E-2")]
    [InlineData("-12.5e+3")]
    [InlineData("79228162514264337593543950336")]
    public void Should_read_a_number_as_it_is_written(string json)
    {
        Tokens(json).ShouldBe([$"Number {json}"]);
    }

    [Fact]
    public void Should_unescape_every_escape_json_has()
    {
        var r = Single("""  "q\" b\\ s\/ \b\f\n\r\t \u00e9\u00C9 \uD83D\uDE00 \u0000"  """);

        r.GetString().ShouldBe("q\" b\\ s/ \b\f\n\r\t éÉ 😀 \0");
    }

    [Fact]
    public void Should_keep_accents_emoji_and_line_separators_written_as_they_are()
    {
        Single("\"città – 😀 \u2028 \u0085 <&>'\"").GetString().ShouldBe("città – 😀 \u2028 \u0085 <&>'");
    }

    [Fact]
    public void Should_read_keys_with_escapes()
    {
        var r = new JsonScanner("""{ "a\"b\u0041": 1 }""");
        r.Read();
        r.Read();

        r.Token.ShouldBe(JsonTokenKind.PropertyName);
        r.GetString().ShouldBe("a\"bA");
    }

    [Fact]
    public void Should_give_the_line_and_position_of_each_token()
    {
        var r = new JsonScanner("{\n  \"a\": 1,\n\t\"b\": [ true ]\n}");
        var seen = new List<string>();
        while (r.Read()) seen.Add($"{r.Token} {r.Line}:{r.Position}");

        seen.ShouldBe(["StartObject 1:1", "PropertyName 2:3", "Number 2:8", "PropertyName 3:2", "StartArray 3:7", "True 3:9", "EndArray 3:14", "EndObject 4:1"]);
    }

    [Fact]
    public void Should_skip_comments_when_asked_to_and_keep_counting_lines()
    {
        var json = "// a comment\n{ /* one\n two */ \"a\": 1, // more\n  \"b\": 2 /**/ }";
        var r = new JsonScanner(json, allowComments: true);
        var seen = new List<string>();
        while (r.Read()) seen.Add($"{r.Token} {r.Line}:{r.Position}");

        seen.ShouldBe(["StartObject 2:1", "PropertyName 3:9", "Number 3:14", "PropertyName 4:3", "Number 4:8", "EndObject 4:15"]);
    }

    [Theory]
    [InlineData("""{ "a": 1, }""")]
    [InlineData("""[ 1, 2, ]""")]
    [InlineData("""{ "a": [ {}, ], }""")]
    public void Should_accept_a_trailing_comma_when_asked_to(string json)
    {
        Should.NotThrow(() => Tokens(json, trailingCommas: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\uFEFF")]
    public void Should_find_no_value_in_a_blank_text(string json)
    {
        var r = new JsonScanner(json);

        r.Read().ShouldBeFalse();
        r.Token.ShouldBe(JsonTokenKind.None);
    }

    [Fact]
    public void Should_find_no_value_in_a_text_of_comments_alone()
    {
        new JsonScanner("// nothing\n/* here */", allowComments: true).Read().ShouldBeFalse();
    }

    [Fact]
    public void Should_ignore_a_byte_order_mark()
    {
        Tokens("\uFEFF[1]").ShouldBe(["StartArray", "Number 1", "EndArray"]);
    }

    [Fact]
    public void Should_end_after_the_top_level_value_and_stay_ended()
    {
        var r = new JsonScanner(" 42 \n");

        r.Read().ShouldBeTrue();
        r.Read().ShouldBeFalse();
        r.Read().ShouldBeFalse();
        r.Token.ShouldBe(JsonTokenKind.None);
    }

    [Fact]
    public void Should_skip_a_whole_value_from_its_key_or_its_start()
    {
        var r = new JsonScanner("""{ "skip": { "deep": [1, { "x": [] }] }, "also": [[], {}], "keep": "yes" }""");
        r.Read();
        r.Read(); // "skip"
        r.Skip();
        r.Token.ShouldBe(JsonTokenKind.EndObject);
        r.Read(); // "also"
        r.Read(); // [
        r.Skip();
        r.Token.ShouldBe(JsonTokenKind.EndArray);
        r.Read();

        r.GetString().ShouldBe("keep");
        r.Read();
        r.GetString().ShouldBe("yes");
    }

    [Fact]
    public void Should_allow_nesting_to_the_limit()
    {
        var json = new string('[', 64) + new string(']', 64);

        Tokens(json).Count.ShouldBe(128);
    }

    [Fact]
    public void Should_reject_nesting_beyond_the_limit()
    {
        var json = new string('[', 65) + new string(']', 65);

        var e = Should.Throw<JsonScanException>(() => Tokens(json));

        e.Reason.ShouldContain("deeper than 64");
        e.Position.ShouldBe(65);
    }

    [Fact]
    public void Should_reject_nesting_beyond_a_lower_limit_it_is_given()
    {
        Should.Throw<JsonScanException>(() => Drain(new JsonScanner("[[[1]]]", maxDepth: 2)));
    }

    [Theory]
    [InlineData("01", 1, 1, "leading zero")]
    [InlineData("-01", 1, 1, "leading zero")]
    [InlineData("[00]", 1, 2, "leading zero")]
    [InlineData("+1", 1, 1, "expected a value; found '+'")]
    [InlineData(".5", 1, 1, "expected a value; found '.'")]
    [InlineData("1.", 1, 3, "expected a digit after the decimal point")]
    [InlineData("1.e5", 1, 3, "expected a digit after the decimal point")]
    [InlineData("-", 1, 2, "expected a digit after '-'")]
    [InlineData("-a", 1, 2, "expected a digit after '-'")]
    [InlineData("1e", 1, 3, "expected a digit in the exponent")]
    [InlineData("1e+", 1, 4, "expected a digit in the exponent")]
    [InlineData("NaN", 1, 1, "expected a value; found 'N'")]
    [InlineData("Infinity", 1, 1, "expected a value")]
    [InlineData("0x10", 1, 2, "expected the end of the text")]
    public void Should_reject_a_number_json_does_not_have(string json, int line, int position, string reason)
    {
        Rejected(json, line, position, reason);
    }

    [Theory]
    [InlineData("\"a\\x\"", 1, 3, "is not an escape")]
    [InlineData("\"a\\'\"", 1, 3, "is not an escape")]
    [InlineData("\"a\\u12\"", 1, 7, "four hexadecimal digits")]
    [InlineData("\"a\\u12G4\"", 1, 7, "four hexadecimal digits")]
    [InlineData("\"\\uD83D\"", 1, 2, "high surrogate")]
    [InlineData("\"\\uD83Dx\"", 1, 2, "high surrogate")]
    [InlineData("\"\\uD83D\\u0041\"", 1, 2, "high surrogate")]
    [InlineData("\"\\uDE00\"", 1, 2, "low surrogate")]
    [InlineData("\"a\u0001b\"", 1, 3, "control character (U+0001)")]
    [InlineData("\"a\tb\"", 1, 3, "control character (U+0009)")]
    [InlineData("[\"a\nb\"]", 1, 2, "not closed on its line")]
    [InlineData("\"abc", 1, 1, "not closed")]
    public void Should_reject_a_string_json_does_not_have(string json, int line, int position, string reason)
    {
        Rejected(json, line, position, reason);
    }

    [Theory]
    [InlineData("""{ "a": 1, }""", 1, 11, "trailing comma")]
    [InlineData("""[1,]""", 1, 4, "trailing comma")]
    [InlineData("""[1,,2]""", 1, 4, "expected a value; found ','")]
    [InlineData("""[,1]""", 1, 2, "expected a value; found ','")]
    [InlineData("""{ "a" 1 }""", 1, 7, "expected ':' after the key")]
    [InlineData("""{ a: 1 }""", 1, 3, "expected a key in double quotes; found 'a'")]
    [InlineData("""{ 'a': 1 }""", 1, 3, "expected a key in double quotes")]
    [InlineData("""[1 2]""", 1, 4, "expected ',' or ']' after the item; found '2'")]
    [InlineData("""{ "a": 1 "b": 2 }""", 1, 10, "expected ',' or '}' after the value")]
    [InlineData("""{ "a": 1 ]""", 1, 10, "expected ',' or '}'")]
    [InlineData("""[1}""", 1, 3, "expected ',' or ']'")]
    [InlineData("""[""", 1, 2, "expected a value; found the end of the text")]
    [InlineData("""{ "a": """, 1, 8, "expected a value; found the end of the text")]
    [InlineData("""{ "a": 1""", 1, 9, "found the end of the text")]
    [InlineData("""{} {}""", 1, 4, "expected the end of the text after the value; found '{'")]
    [InlineData("""1 2""", 1, 3, "expected the end of the text")]
    [InlineData("""truex""", 1, 5, "expected the end of the text")]
    [InlineData("""[tru]""", 1, 2, "expected a value; found 't'")]
    [InlineData("""[nul""", 1, 2, "expected a value")]
    [InlineData("""]""", 1, 1, "expected a value; found ']'")]
    [InlineData("{\n  \"a\": tru\n}", 2, 8, "expected a value")]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}'")]
    [InlineData("[1] // no comments", 1, 5, "comments are not allowed")]
    [InlineData("/* no */ 1", 1, 1, "comments are not allowed")]
    public void Should_reject_text_that_is_not_json_and_say_where(string json, int line, int position, string reason)
    {
        Rejected(json, line, position, reason);
    }

    [Theory]
    [InlineData("[1] /* open", 1, 5, "comment is not closed")]
    [InlineData("[1,\n /* open\n\n", 2, 2, "comment is not closed")]
    [InlineData("[1] / 2", 1, 6, "to start a comment")]
    public void Should_reject_a_broken_comment_when_comments_are_allowed(string json, int line, int position, string reason)
    {
        var e = Should.Throw<JsonScanException>(() => Drain(new JsonScanner(json, allowComments: true)));

        e.Reason.ShouldContain(reason);
        (e.Line, e.Position).ShouldBe((line, position));
        e.Message.ShouldEndWith($"(line {line}, position {position})");
    }

    [Fact]
    public void Should_name_the_token_a_reader_did_not_expect_and_where_it_is()
    {
        var r = new JsonScanner("{\n  \"a\": [1]\n}");
        r.Read();
        r.Read();
        r.Read();

        var e = r.Error($"expected a string; found {r.TokenName}");

        e.Message.ShouldBe("expected a string; found an array (line 2, position 8)");
    }

    [Fact]
    public void Should_give_no_text_for_the_start_of_an_object()
    {
        var r = new JsonScanner("{}");
        r.Read();

        Should.Throw<InvalidOperationException>(() => r.GetString());
    }

    private static void Rejected(string json, int line, int position, string reason)
    {
        var e = Should.Throw<JsonScanException>(() => Tokens(json));

        e.Reason.ShouldContain(reason);
        (e.Line, e.Position).ShouldBe((line, position), e.Reason);
    }

    private static JsonScanner Single(string json)
    {
        var r = new JsonScanner(json);
        r.Read().ShouldBeTrue();
        return r;
    }

    private static List<string> Tokens(string json, bool trailingCommas = false)
    {
        var r = new JsonScanner(json, allowTrailingCommas: trailingCommas);
        var tokens = new List<string>();
        while (r.Read())
            tokens.Add(r.Token is JsonTokenKind.StartObject or JsonTokenKind.EndObject or JsonTokenKind.StartArray or JsonTokenKind.EndArray
                ? r.Token.ToString() : $"{r.Token} {r.GetString()}");
        return tokens;
    }

    private static void Drain(JsonScanner r)
    {
        while (r.Read()) { }
    }
}
