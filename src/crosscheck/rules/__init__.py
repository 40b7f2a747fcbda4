"""Rules: YAML files select claim groups and parameterise a check kind from a registry."""

from crosscheck.rules.checks import CHECKS
from crosscheck.rules.engine import apply_rules
from crosscheck.rules.loader import Rule, RuleSet, load_rule_files, rule_files_in

__all__ = ["CHECKS", "Rule", "RuleSet", "apply_rules", "load_rule_files", "rule_files_in"]
