from .acknowledgements import (
    Acknowledgement,
    AcknowledgementIsFinal,
    Kind,
    PartnerAcknowledgement,
    Receipt,
    Signature,
)
from .code import CodeValue, CodeVersion, CodeVersionText, EthicsCodePage

__all__ = [
    "Acknowledgement",
    "AcknowledgementIsFinal",
    "CodeValue",
    "CodeVersion",
    "CodeVersionText",
    "EthicsCodePage",
    "Kind",
    "PartnerAcknowledgement",
    "Receipt",
    "Signature",
]
