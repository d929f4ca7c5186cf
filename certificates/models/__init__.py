from .code import CodeValue, CodeVersion, CodeVersionText, EthicsCodePage

__all__ = ["CodeValue", "CodeVersion", "CodeVersionText", "EthicsCodePage"]
