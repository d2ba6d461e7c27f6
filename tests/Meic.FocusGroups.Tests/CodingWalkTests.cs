using Meic.FocusGroups.Model;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Screens;

namespace Meic.FocusGroups.Tests;

public sealed class CodingWalkTests
{
    private static ConsoleKeyInfo Key(char c, ConsoleKey k = default) => new(c, k == default ? (ConsoleKey)char.ToUpperInvariant(c) : k, false, false, false);
    private static ConsoleKeyInfo Arrow(ConsoleKey k) => new('\0', k, false, false, false);

    [Fact]
    public void Should_toggle_codes_with_keys_and_keep_each_coder_blind_to_the_others()
    {
        using var h = new FocusHarness();
        h.Session("s1", "A: one\nB: two\nA: three\n", "A", "B");
        h.Fs.Codes.Insert(new Code { Id = "x", Name = "X", Key = "1", Guid = StableGuid.For("code", "x") });
        h.Fs.Codes.Insert(new Code { Id = "y", Name = "Y", Guid = StableGuid.For("code", "y") });

        var ana = new CodingWalk(h.Fs, "s1", "ana", "now");
        ana.Keys['1'].Id.ShouldBe("x");
        ana.Handle(Key('1')).ShouldBeTrue();                   // turn 1: X
        ana.Handle(Arrow(ConsoleKey.RightArrow));
        ana.Handle(Key('2'));                                    // turn 2: Y (first free key)
        ana.Handle(Key('1')); ana.Handle(Key('1'));              // X on and off again
        ana.Applied().Select(c => c.Id).ShouldBe(["y"]);

        var ben = new CodingWalk(h.Fs, "s1", "ben", "now");
        ben.Applied().ShouldBeEmpty();                           // ben does not see ana's codes
        ben.Handle(Key('n')); ben.Applied().ShouldBeEmpty();
        ben.Handle(Arrow(ConsoleKey.Escape)).ShouldBeFalse();

        h.Fs.Codings.All().Select(c => (c.Coder, c.CodeId, c.Unit)).OrderBy(x => x.CodeId).ShouldBe([("ana", "x", "turn"), ("ana", "y", "turn")]);
        var t = h.Fs.TranscriptsOf("s1").Single();
        var turn2 = h.Fs.TurnsOf(t.Id)[1];
        var y = h.Fs.Codings.Find(("codeId", "y")).Single();
        (y.Start, y.End, y.TurnId).ShouldBe((turn2.TextStart, turn2.End, turn2.Id));
    }
}
