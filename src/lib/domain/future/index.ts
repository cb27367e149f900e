export { predictFuture, MAX_HORIZON_WEEKS, type FutureOptions, type FutureOutcome, type FutureResult, type FutureStage, type Holdout } from './future';
export { modelSummary, type ModelSummary } from './summary';
export { fitBgNbd, pAlive, expectedRepeats, expectedRepeatsFromStart, logLikelihood, type BgNbdParams, type BgNbdFit } from './bgnbd';
export { fitGammaGamma, expectedSpend, type GammaGammaParams, type GammaGammaFit } from './gammaGamma';
export { modelCheck, OPEN_GROUP, type ModelCheck, type TrackingPoint, type RepeatsGroup } from './modelCheck';
export { lifecycleByPAlive, bandOf, P_ALIVE_EDGES, P_ALIVE_BANDS, type LifecycleAlive, type PAliveBand } from './lifecycleAlive';
