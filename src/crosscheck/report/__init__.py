"""Writers of a run's results: JSON now; HTML and SARIF with the later stages."""
