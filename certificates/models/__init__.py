from .acknowledgements import (
    Acknowledgement,
    Kind,
    PartnerAcknowledgement,
    Receipt,
    Signature,
)
from .code import CodeValue, CodeVersion, CodeVersionText, EthicsCodePage

__all__ = [
    "Acknowledgement",
    "CodeValue",
    "CodeVersion",
    "CodeVersionText",
    "EthicsCodePage",
    "Kind",
    "PartnerAcknowledgement",
    "Receipt",
    "Signature",
]
