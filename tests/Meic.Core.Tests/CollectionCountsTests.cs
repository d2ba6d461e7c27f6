using Meic.Core.Store;

namespace Meic.Core.Tests;

public sealed class CollectionCountsTests
{
    [Fact]
    public void Should_keep_collections_in_ordinal_order_whatever_order_they_arrive_in()
    {
        var counts = new CollectionCounts();
        string[] names = ["relationships", "actors", "fg-codes", "Zeta", "cluster", "services", "indicators", "map-needs", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
        for (var i = 0; i < names.Length; i++) counts.Set(names[i], i + 1);
        counts.Set("actors", 66); // a second value replaces the first

        counts.Keys.ShouldBe(names.Order(StringComparer.Ordinal));
        counts.Count.ShouldBe(names.Length);
        counts["actors"].ShouldBe(66);
        counts["Zeta"].ShouldBe(4);
        counts.TryGetValue("nothing", out _).ShouldBeFalse();
        counts.ContainsKey("cluster").ShouldBeTrue();
        counts.Select(kv => kv.Value).ShouldBe(counts.Values);
        Should.Throw<KeyNotFoundException>(() => counts["nothing"]);
    }
}
