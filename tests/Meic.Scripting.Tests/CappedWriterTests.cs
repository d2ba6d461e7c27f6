namespace Meic.Scripting.Tests;

public sealed class CappedWriterTests
{
    [Fact]
    public void Should_pass_everything_under_the_limit()
    {
        var inner = new StringWriter();
        var writer = new CappedWriter(inner, 100);

        writer.WriteLine("hello");
        writer.Write('!');
        writer.Flush();

        inner.ToString().ShouldBe("hello" + Environment.NewLine + "!");
        writer.Truncated.ShouldBeFalse();
    }

    [Fact]
    public void Should_drop_what_passes_the_limit_and_say_so()
    {
        var inner = new StringWriter();
        var writer = new CappedWriter(inner, 10);

        for (var i = 0; i < 1000; i++) writer.Write("0123456789");
        writer.Flush();

        inner.ToString().ShouldBe("0123456789");
        writer.Truncated.ShouldBeTrue();
    }
}
