// Terminal.Gui keeps some configuration in statics: the shells of these tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
