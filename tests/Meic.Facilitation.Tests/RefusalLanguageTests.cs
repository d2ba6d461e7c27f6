using Meic.Testing;

namespace Meic.Facilitation.Tests;

/// <summary>The meeting commands' refusals from the real host, in the person's language, exit 2.</summary>
public sealed class RefusalLanguageTests
{
    [Theory]
    [InlineData("it", "--kind: «picnic» non è un valore ammesso per")]
    [InlineData("es", "--kind: «picnic» no es un valor admitido para")]
    public void Should_refuse_an_unknown_meeting_kind_in_the_persons_language(string language, string expected)
    {
        using var ws = new Workspace();
        var r = MeicProcess.Run(ws.Path, ["--lang", language, "meeting", "plan", "--title", "X", "--kind", "picnic", "--start", "2030-03-14 10:00"]);
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain(expected);
        r.Err.ShouldNotContain("is not valid here");
    }
}
